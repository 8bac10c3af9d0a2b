package com.viraltracker.scorecard.performance;

import com.viraltracker.events.serde.EventJson;
import com.viraltracker.events.serde.SnakeCase;
import com.viraltracker.scorecard.period.DaysByAccount;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;

/**
 * Aggregates meta-sync-service's {@code meta_sync.meta_ads_performance} (read seam; read only) in PostgreSQL, so
 * a brand with a million rows sends back one row per ad, not its rows. Each account's rows are summed over that
 * account's own days: the statement joins the list of (ad_account_id, since, until) and takes the configured
 * zone's days for rows of any account not in the list. Both queries also filter on {@code brand_id} and the range
 * holding every account's days, which index {@code meta_ads_performance_brand_date (brand_id, date)} serves
 * without touching other brands' rows.
 *
 * <p>The statements use positional parameters ({@code $1} brand, {@code $2} first and {@code $3} last day of any
 * account, {@code $4} the accounts' days as a jsonb array, {@code $5} and {@code $6} the other accounts' first and
 * last day) so the same text can be PREPAREd and EXPLAINed verbatim.
 */
@Component
public class PerformanceReader {
    private static final String ACCOUNT_DAYS = """
            WITH account_days AS (
                SELECT * FROM jsonb_to_recordset($4::jsonb) AS d(ad_account_id text, since date, until date)
            )
            """;
    private static final String OWN_DAYS_OF_EACH_ACCOUNT = """
              FROM meta_sync.meta_ads_performance p
              LEFT JOIN account_days d ON d.ad_account_id = p.ad_account_id
             WHERE p.brand_id = $1 AND p.date BETWEEN $2 AND $3
               AND p.date BETWEEN coalesce(d.since, $5) AND coalesce(d.until, $6)
            """;
    public static final String BY_AD = ACCOUNT_DAYS + """
            SELECT trim(p.currency) AS currency, p.ad_account_id, p.ad_id,
                   (array_agg(p.ad_name ORDER BY p.date DESC))[1]       AS ad_name,
                   (array_agg(p.campaign_name ORDER BY p.date DESC))[1] AS campaign_name,
                   sum(p.spend)                                         AS spend,
                   sum(p.purchase_value)                                AS revenue,
                   sum(p.purchases)::bigint                             AS purchases,
                   sum(p.impressions)::bigint                           AS impressions,
                   sum(p.clicks)::bigint                                AS clicks,
                   round(100 * sum(p.clicks)::numeric / nullif(sum(p.impressions), 0), 2) AS ctr,
                   round(sum(p.spend) / nullif(sum(p.purchases), 0), 2)                   AS cpa,
                   round(sum(p.purchase_value) / nullif(sum(p.spend), 0), 4)              AS roas
            """ + OWN_DAYS_OF_EACH_ACCOUNT + """
             GROUP BY p.currency, p.ad_account_id, p.ad_id
            """;
    public static final String BY_CURRENCY = ACCOUNT_DAYS + """
            SELECT trim(p.currency) AS currency, sum(p.spend) AS spend, sum(p.purchase_value) AS revenue,
                   sum(p.purchases)::bigint AS purchases,
                   array_agg(DISTINCT p.ad_account_id ORDER BY p.ad_account_id) AS ad_account_ids
            """ + OWN_DAYS_OF_EACH_ACCOUNT + """
             GROUP BY p.currency
            """;
    // A long period of a large brand is still one indexed aggregate; this only bounds a stuck database.
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final DatabaseClient database;

    public PerformanceReader(DatabaseClient database) {
        this.database = database;
    }

    public List<AdTotals> byAd(UUID brandId, DaysByAccount days) {
        return bind(database.sql(BY_AD), brandId, days)
                .map(PerformanceReader::adTotals)
                .all().collectList().block(TIMEOUT);
    }

    public List<CurrencyTotals> byCurrency(UUID brandId, DaysByAccount days) {
        return bind(database.sql(BY_CURRENCY), brandId, days)
                .map(row -> new CurrencyTotals(row.get("currency", String.class), row.get("spend", BigDecimal.class),
                        row.get("revenue", BigDecimal.class), row.get("purchases", Long.class),
                        Arrays.asList(row.get("ad_account_ids", String[].class))))
                .all().collectList().block(TIMEOUT);
    }

    /** One account's days as the statement's jsonb array holds them. */
    @SnakeCase
    record AccountDays(String adAccountId, LocalDate since, LocalDate until) {
    }

    /** The jsonb array of {@code $4}. */
    public static String accountDays(DaysByAccount days) {
        return EventJson.mapper().writeValueAsString(days.byAccount().entrySet().stream()
                .map(e -> new AccountDays(e.getKey(), e.getValue().start(), e.getValue().end()))
                .sorted(Comparator.comparing(AccountDays::adAccountId))
                .toList());
    }

    private static GenericExecuteSpec bind(GenericExecuteSpec statement, UUID brandId, DaysByAccount days) {
        return statement.bind(0, brandId)
                .bind(1, days.allDays().start()).bind(2, days.allDays().end())
                .bind(3, Json.of(accountDays(days)))
                .bind(4, days.otherAccounts().start()).bind(5, days.otherAccounts().end());
    }

    private static AdTotals adTotals(Readable row) {
        return new AdTotals(row.get("currency", String.class), row.get("ad_account_id", String.class),
                row.get("ad_id", String.class), row.get("ad_name", String.class),
                row.get("campaign_name", String.class), row.get("spend", BigDecimal.class),
                row.get("revenue", BigDecimal.class), row.get("purchases", Long.class),
                row.get("impressions", Long.class), row.get("clicks", Long.class), row.get("ctr", BigDecimal.class),
                row.get("cpa", BigDecimal.class), row.get("roas", BigDecimal.class));
    }
}
