package com.viraltracker.scorecard.performance;

import com.viraltracker.scorecard.period.ReportPeriod;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Aggregates meta-sync-service's {@code meta_sync.meta_ads_performance} (the one documented read seam; read
 * only) in PostgreSQL, so a brand with a million rows sends back one row per ad, not its rows. Both queries
 * filter on {@code brand_id} and a date range, which index {@code meta_ads_performance_brand_date
 * (brand_id, date)} serves without touching other brands' rows.
 *
 * <p>The statements use positional parameters ({@code $1} brand, {@code $2} first day, {@code $3} last day)
 * so the same text can be PREPAREd and EXPLAINed verbatim.
 */
@Component
public class PerformanceReader {
    public static final String BY_AD = """
            SELECT trim(currency) AS currency, ad_account_id, ad_id,
                   (array_agg(ad_name ORDER BY date DESC))[1]       AS ad_name,
                   (array_agg(campaign_name ORDER BY date DESC))[1] AS campaign_name,
                   sum(spend)                                       AS spend,
                   sum(purchase_value)                              AS revenue,
                   sum(purchases)::bigint                           AS purchases,
                   sum(impressions)::bigint                         AS impressions,
                   sum(clicks)::bigint                              AS clicks,
                   round(100 * sum(clicks)::numeric / nullif(sum(impressions), 0), 2) AS ctr,
                   round(sum(spend) / nullif(sum(purchases), 0), 2)                   AS cpa,
                   round(sum(purchase_value) / nullif(sum(spend), 0), 4)              AS roas
              FROM meta_sync.meta_ads_performance
             WHERE brand_id = $1 AND date BETWEEN $2 AND $3
             GROUP BY currency, ad_account_id, ad_id
            """;
    public static final String BY_CURRENCY = """
            SELECT trim(currency) AS currency, sum(spend) AS spend, sum(purchase_value) AS revenue,
                   sum(purchases)::bigint AS purchases
              FROM meta_sync.meta_ads_performance
             WHERE brand_id = $1 AND date BETWEEN $2 AND $3
             GROUP BY currency
            """;
    // A long period of a large brand is still one indexed aggregate; this only bounds a stuck database.
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final DatabaseClient database;

    public PerformanceReader(DatabaseClient database) {
        this.database = database;
    }

    public List<AdTotals> byAd(UUID brandId, ReportPeriod period) {
        return database.sql(BY_AD).bind(0, brandId).bind(1, period.start()).bind(2, period.end())
                .map(PerformanceReader::adTotals)
                .all().collectList().block(TIMEOUT);
    }

    public List<CurrencyTotals> byCurrency(UUID brandId, ReportPeriod period) {
        return database.sql(BY_CURRENCY).bind(0, brandId).bind(1, period.start()).bind(2, period.end())
                .map(row -> new CurrencyTotals(row.get("currency", String.class), row.get("spend", BigDecimal.class),
                        row.get("revenue", BigDecimal.class), row.get("purchases", Long.class)))
                .all().collectList().block(TIMEOUT);
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
