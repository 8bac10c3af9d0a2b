package com.viraltracker.scorecard.performance;

import com.viraltracker.events.serde.EventJson;
import com.viraltracker.events.serde.SnakeCase;
import com.viraltracker.scorecard.period.DaysByAccount;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import reactor.core.publisher.Mono;

/**
 * Aggregates meta-sync-service's {@code meta_sync.meta_ads_performance} (read seam; read only) in PostgreSQL, so
 * a brand with a million rows sends back one row per ad, not its rows. Each account's rows are summed over that
 * account's own days: the statement joins the list of (ad_account_id, since, until) and takes the configured
 * zone's days for rows of any account not in the list. When every account has the same days (the common case: all
 * in the configured zone) the statements filter on those days alone, without a join every row would go through.
 * Both aggregates also filter on {@code brand_id} and the range holding every account's days, which index
 * {@code meta_ads_performance_brand_date (brand_id, date)} serves without touching other brands' rows when the range
 * is a small part of the table.
 *
 * <p>The per-ad aggregate uses only aggregates PostgreSQL can keep in a hash table and split across parallel
 * workers: an ordered aggregate (the name of the last day as {@code array_agg(ad_name ORDER BY date DESC)}) makes
 * it sort all of the brand's rows instead, on disk for a million of them. So the aggregate keeps each ad's last
 * day, and the same statement joins each ad's row of that day by primary key for its names: one row per ad, one
 * statement and so one snapshot, without a second round trip carrying every ad's key.
 *
 * <p>The statements use positional parameters ({@code $1} brand, {@code $2} first and {@code $3} last day of any
 * account, {@code $4} the accounts' days as a jsonb array, {@code $5} and {@code $6} the other accounts' first and
 * last day; the shared-days forms only {@code $1} to {@code $3}) so the same text can be PREPAREd and EXPLAINed
 * verbatim.
 */
@Component
public class PerformanceReader {
    private static final String ACCOUNT_DAYS_LIST = """
            account_days AS (
                SELECT * FROM jsonb_to_recordset($4::jsonb) AS d(ad_account_id text, since date, until date)
            )""";
    private static final String ACCOUNT_DAYS = "WITH " + ACCOUNT_DAYS_LIST + "\n";
    private static final String OWN_DAYS_OF_EACH_ACCOUNT = """
              FROM meta_sync.meta_ads_performance p
              LEFT JOIN account_days d ON d.ad_account_id = p.ad_account_id
             WHERE p.brand_id = $1 AND p.date BETWEEN $2 AND $3
               AND p.date BETWEEN coalesce(d.since, $5) AND coalesce(d.until, $6)
            """;
    private static final String DAYS_SHARED_BY_ALL_ACCOUNTS = """
              FROM meta_sync.meta_ads_performance p
             WHERE p.brand_id = $1 AND p.date BETWEEN $2 AND $3
            """;
    private static final String AD_SUMS = """
            ad_sums AS (
            SELECT p.currency, p.ad_account_id, p.ad_id,
                   max(p.date)           AS last_day,
                   sum(p.spend)          AS spend,
                   sum(p.purchase_value) AS revenue,
                   sum(p.purchases)      AS purchases,
                   sum(p.impressions)    AS impressions,
                   sum(p.clicks)         AS clicks
            """;
    private static final String BY_AD_GROUPS = """
             GROUP BY p.currency, p.ad_account_id, p.ad_id
            )
            """;
    /** Each ad's sums with the names of its row on its last day, by primary key {@code meta_ads_performance_pk}. */
    private static final String NAMED_ON_LAST_DAY = """
            SELECT trim(s.currency) AS currency, s.ad_account_id, s.ad_id, n.ad_name, n.campaign_name,
                   s.spend, s.revenue,
                   s.purchases::bigint                                          AS purchases,
                   s.impressions::bigint                                        AS impressions,
                   s.clicks::bigint                                             AS clicks,
                   round(100 * s.clicks::numeric / nullif(s.impressions, 0), 2) AS ctr,
                   round(s.spend / nullif(s.purchases, 0), 2)                   AS cpa,
                   round(s.revenue / nullif(s.spend, 0), 4)                     AS roas
              FROM ad_sums s
              JOIN meta_sync.meta_ads_performance n
                ON n.ad_account_id = s.ad_account_id AND n.ad_id = s.ad_id AND n.date = s.last_day
            """;

    private static final String ACCOUNT_TOTALS = """
            SELECT trim(p.currency) AS currency, p.ad_account_id, sum(p.spend) AS spend,
                   sum(p.purchase_value) AS revenue, sum(p.purchases)::bigint AS purchases
            """;
    private static final String BY_ACCOUNT_GROUPS = """
             GROUP BY p.currency, p.ad_account_id
            """;
    public static final String BY_AD =
            "WITH " + ACCOUNT_DAYS_LIST + ",\n" + AD_SUMS + OWN_DAYS_OF_EACH_ACCOUNT + BY_AD_GROUPS + NAMED_ON_LAST_DAY;
    /** {@link #BY_AD} when every account has the same days: without the join, which every row would go through. */
    public static final String BY_AD_OVER_SHARED_DAYS =
            "WITH " + AD_SUMS + DAYS_SHARED_BY_ALL_ACCOUNTS + BY_AD_GROUPS + NAMED_ON_LAST_DAY;

    public static final String BY_ACCOUNT =
            ACCOUNT_DAYS + ACCOUNT_TOTALS + OWN_DAYS_OF_EACH_ACCOUNT + BY_ACCOUNT_GROUPS;
    public static final String BY_ACCOUNT_OVER_SHARED_DAYS =
            ACCOUNT_TOTALS + DAYS_SHARED_BY_ALL_ACCOUNTS + BY_ACCOUNT_GROUPS;
    /**
     * Lets the per-ad aggregate use a hash table of up to 8 × work_mem (32 MB at PostgreSQL's default), in its own
     * transaction only. Even with meta-sync's statistics the planner expects as many groups as the whole table has
     * ads, not as many as the brand has, expects those not to fit in the default 2 × work_mem, and sorts the
     * brand's rows on disk instead. A brand's ads fit in a hash table far smaller than the limit.
     */
    static final String ROOM_TO_HASH_ADS = "SET LOCAL hash_mem_multiplier = 8";
    /**
     * Plans the aggregates for the run's own brand and days, in their transaction only. The driver keeps each
     * statement prepared on its connection, and from the sixth execution on PostgreSQL may settle on a generic plan,
     * costed without the arguments for a few hundred rows: an index scan through a million-row brand without
     * parallel workers and, over per-account days, a sort of all of its rows. Planning takes under a millisecond.
     */
    static final String PLANNED_FOR_ITS_ARGUMENTS = "SET LOCAL plan_cache_mode = force_custom_plan";
    // A long period of a large brand is still one aggregate; this only bounds a stuck database.
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final DatabaseClient database;
    private final TransactionalOperator inItsOwnTransaction;

    public PerformanceReader(DatabaseClient database, ReactiveTransactionManager transactions) {
        this.database = database;
        // A transaction of its own for each read, for the settings that hold in it only; each read is one statement.
        var definition = new DefaultTransactionDefinition();
        definition.setReadOnly(true);
        this.inItsOwnTransaction = TransactionalOperator.create(transactions, definition);
    }

    /** Each ad's totals over its account's days, named as on its last day with rows. */
    public List<AdTotals> byAd(UUID brandId, DaysByAccount days) {
        return database.sql(ROOM_TO_HASH_ADS)
                .then()
                .then(database.sql(PLANNED_FOR_ITS_ARGUMENTS).then())
                .then(bound(BY_AD, BY_AD_OVER_SHARED_DAYS, brandId, days)
                        .map(PerformanceReader::adTotals)
                        .all()
                        .collectList())
                .as(inItsOwnTransaction::transactional)
                .block(TIMEOUT);
    }

    /**
     * Each currency's totals over its accounts' days, with the accounts whose rows were summed; read when subscribed
     * to, so it can run while another of this reader's reads does.
     */
    public Mono<List<CurrencyTotals>> byCurrency(UUID brandId, DaysByAccount days) {
        return database.sql(PLANNED_FOR_ITS_ARGUMENTS)
                .then()
                .then(bound(BY_ACCOUNT, BY_ACCOUNT_OVER_SHARED_DAYS, brandId, days)
                        .map(row -> new AccountTotals(
                                row.get("currency", String.class),
                                row.get("ad_account_id", String.class),
                                row.get("spend", BigDecimal.class),
                                row.get("revenue", BigDecimal.class),
                                row.get("purchases", Long.class)))
                        .all()
                        .collectList())
                .as(inItsOwnTransaction::transactional)
                .map(CurrencyTotals::summing);
    }

    /** One account's days as the statement's jsonb array holds them. */
    @SnakeCase
    record AccountDays(String adAccountId, LocalDate since, LocalDate until) {}

    /** The jsonb array of {@code $4}. */
    public static String accountDays(DaysByAccount days) {
        return EventJson.mapper()
                .writeValueAsString(days.byAccount().entrySet().stream()
                        .map(e -> new AccountDays(
                                e.getKey(), e.getValue().start(), e.getValue().end()))
                        .sorted(Comparator.comparing(AccountDays::adAccountId))
                        .toList());
    }

    /** The statement over each account's own days, or over the days all accounts share when they do. */
    private GenericExecuteSpec bound(String overOwnDays, String overSharedDays, UUID brandId, DaysByAccount days) {
        var shared = days.sharedByAll();
        if (shared.isPresent()) {
            return database.sql(overSharedDays)
                    .bind(0, brandId)
                    .bind(1, shared.get().start())
                    .bind(2, shared.get().end());
        }
        return database.sql(overOwnDays)
                .bind(0, brandId)
                .bind(1, days.allDays().start())
                .bind(2, days.allDays().end())
                .bind(3, Json.of(accountDays(days)))
                .bind(4, days.otherAccounts().start())
                .bind(5, days.otherAccounts().end());
    }

    private static AdTotals adTotals(Readable row) {
        return new AdTotals(
                row.get("currency", String.class),
                row.get("ad_account_id", String.class),
                row.get("ad_id", String.class),
                new AdNames(row.get("ad_name", String.class), row.get("campaign_name", String.class)),
                row.get("spend", BigDecimal.class),
                row.get("revenue", BigDecimal.class),
                row.get("purchases", Long.class),
                row.get("impressions", Long.class),
                row.get("clicks", Long.class),
                row.get("ctr", BigDecimal.class),
                row.get("cpa", BigDecimal.class),
                row.get("roas", BigDecimal.class));
    }
}
