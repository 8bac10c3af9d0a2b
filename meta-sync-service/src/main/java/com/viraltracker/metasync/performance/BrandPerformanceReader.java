package com.viraltracker.metasync.performance;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import reactor.core.publisher.Mono;

/**
 * A brand's performance over a period, aggregated in PostgreSQL per currency: one statement per breakdown returns
 * each currency's totals and its rows, with the ratios of the sums. Amounts of two currencies are never added.
 *
 * <p>Every statement reads the brand's rows of the period through {@code meta_ads_performance_brand_date}
 * (brand_id, date) alone: it includes every column summed here, so the scan is index-only and never touches the
 * table or another brand's rows. An ad's and a campaign's names are those of the ad's last day with rows, read by
 * primary key after the aggregate (an ordered aggregate over the rows would sort all of them). A campaign's totals
 * are its ads' totals: an ad belongs to one campaign for life in Meta.
 *
 * <p>The statements use positional parameters ({@code $1} brand, {@code $2} first and {@code $3} last day) so the
 * same text can be PREPAREd and EXPLAINed verbatim.
 */
@Repository
public class BrandPerformanceReader {
    private static final String OF_THE_PERIOD = """
                  FROM meta_ads_performance p
                 WHERE p.brand_id = $1 AND p.date BETWEEN $2 AND $3
            """;
    private static final String ROW_SUMS = """
                       sum(p.spend) AS spend, sum(p.impressions)::bigint AS impressions,
                       sum(p.clicks)::bigint AS clicks, sum(p.purchases)::bigint AS purchases,
                       sum(p.purchase_value) AS revenue
            """;
    private static final String GROUP_SUMS = """
                       sum(spend) AS spend, sum(impressions)::bigint AS impressions,
                       sum(clicks)::bigint AS clicks, sum(purchases)::bigint AS purchases, sum(revenue) AS revenue
            """;
    private static final String BY_DAY_GROUPS = "WITH grouped AS (\n"
            + "    SELECT trim(p.currency) AS currency, to_char(p.date, 'YYYY-MM-DD') AS key, NULL::text AS name,\n"
            + "           NULL::text AS campaign_id, NULL::text AS campaign_name,\n"
            + ROW_SUMS + OF_THE_PERIOD + "     GROUP BY p.currency, p.date\n)";
    /**
     * Each ad's sums and last day with rows, then its currency and names on that day by primary key. The currency is
     * not part of the group: an ad account's currency never changes in Meta, and hashing one column less per row is
     * about a quarter of the aggregate's time. The look-up is a LATERAL subquery with LIMIT, which PostgreSQL does not
     * turn into a join: as a join, the planner, expecting as many ads as the whole table has, may hash it against a
     * sequential scan of every brand's rows.
     */
    private static final String NAMED_ADS = "WITH ads AS (\n"
            + "    SELECT p.ad_account_id, p.ad_id, max(p.date) AS last_day,\n"
            + ROW_SUMS + OF_THE_PERIOD + "     GROUP BY p.ad_account_id, p.ad_id\n"
            + """
            ), named AS (
                SELECT a.*, n.currency, n.ad_name, n.campaign_id, n.campaign_name
                  FROM ads a
                 CROSS JOIN LATERAL (
                       SELECT currency, ad_name, campaign_id, campaign_name
                         FROM meta_ads_performance
                        WHERE ad_account_id = a.ad_account_id AND ad_id = a.ad_id AND date = a.last_day
                        LIMIT 1) n
            )""";

    private static final String BY_AD_GROUPS = NAMED_ADS + """
            , grouped AS (
                SELECT trim(currency) AS currency, ad_id AS key, ad_name AS name, campaign_id, campaign_name,
                       spend, impressions, clicks, purchases, revenue
                  FROM named
            )""";
    private static final String BY_CAMPAIGN_GROUPS = NAMED_ADS + """
            , grouped AS (
                SELECT currency, campaign_id AS key, campaign_name AS name, campaign_id, campaign_name,
                       spend, impressions, clicks, purchases, revenue
                  FROM (SELECT trim(currency) AS currency, campaign_id,
                               (array_agg(campaign_name ORDER BY last_day DESC))[1] AS campaign_name,
            """ + GROUP_SUMS + """
                          FROM named
                         GROUP BY currency, campaign_id) c
            )""";
    /** Appended to the {@code grouped} rows of a breakdown: each currency's totals, and the ratios of every row. */
    private static final String WITH_TOTALS_AND_RATIOS = """
            , totals AS (
                SELECT currency,
            """ + GROUP_SUMS + """
                  FROM grouped
                 GROUP BY currency
            ), lines AS (
                SELECT currency, false AS total, key, name, campaign_id, campaign_name,
                       spend, impressions, clicks, purchases, revenue
                  FROM grouped
                UNION ALL
                SELECT currency, true, NULL, NULL, NULL, NULL, spend, impressions, clicks, purchases, revenue
                  FROM totals
            )
            SELECT l.*,
                   round(revenue / nullif(spend, 0), 4)                AS roas,
                   round(spend / nullif(purchases, 0), 2)              AS cpa,
                   round(clicks::numeric / nullif(impressions, 0), 6)  AS ctr
              FROM lines l
             ORDER BY currency, total DESC,\s""";

    public static final String BY_DAY = BY_DAY_GROUPS + WITH_TOTALS_AND_RATIOS + "key";
    public static final String BY_AD = BY_AD_GROUPS + WITH_TOTALS_AND_RATIOS + "spend DESC, key";
    public static final String BY_CAMPAIGN = BY_CAMPAIGN_GROUPS + WITH_TOTALS_AND_RATIOS + "spend DESC, key";

    /**
     * For this transaction only: no JIT compilation, which PostgreSQL starts for the per-ad statement's cost and which
     * takes longer than the aggregate itself; room for the per-ad hash table (the planner expects as
     * many ads as the whole table has and would otherwise sort the rows on disk); and a plan for these arguments
     * rather than the generic plan the driver's prepared statements settle on after five executions.
     */
    static final String PLANNER_SETTINGS = """
            SELECT set_config('jit', 'off', true), set_config('hash_mem_multiplier', '8', true),
                   set_config('plan_cache_mode', 'force_custom_plan', true)""";

    private final DatabaseClient database;
    private final TransactionalOperator readOnly;

    public BrandPerformanceReader(DatabaseClient database, ReactiveTransactionManager transactions) {
        this.database = database;
        var definition = new DefaultTransactionDefinition();
        definition.setReadOnly(true);
        this.readOnly = TransactionalOperator.create(transactions, definition);
    }

    /** Each currency's totals and rows, currencies by code; none when the brand has no rows in the period. */
    public Mono<List<CurrencyPerformance>> read(UUID brandId, PerformanceQuery query) {
        return database.sql(PLANNER_SETTINGS)
                .then()
                .then(database.sql(statement(query.groupBy()))
                        .bind(0, brandId)
                        .bind(1, query.from())
                        .bind(2, query.to())
                        .map(BrandPerformanceReader::line)
                        .all()
                        .collectList())
                .as(readOnly::transactional)
                .map(BrandPerformanceReader::byCurrency);
    }

    static String statement(GroupBy groupBy) {
        return switch (groupBy) {
            case DAY -> BY_DAY;
            case AD -> BY_AD;
            case CAMPAIGN -> BY_CAMPAIGN;
        };
    }

    /** A row of the statement: a currency's totals or one of its rows. */
    record Line(String currency, boolean total, PerformanceLine line) {}

    /** The statement's rows, each currency's totals first, as the response nests them. */
    static List<CurrencyPerformance> byCurrency(List<Line> lines) {
        Map<String, Metrics> totals = new LinkedHashMap<>();
        Map<String, List<PerformanceLine>> rows = new LinkedHashMap<>();
        for (Line line : lines) {
            if (line.total()) {
                totals.put(line.currency(), line.line().metrics());
            } else {
                rows.computeIfAbsent(line.currency(), currency -> new ArrayList<>())
                        .add(line.line());
            }
        }
        return totals.entrySet().stream()
                .map(total -> new CurrencyPerformance(
                        total.getKey(), total.getValue(), List.copyOf(rows.getOrDefault(total.getKey(), List.of()))))
                .toList();
    }

    private static Line line(Readable row) {
        Metrics metrics = new Metrics(
                row.get("spend", BigDecimal.class),
                row.get("impressions", Long.class),
                row.get("clicks", Long.class),
                row.get("purchases", Long.class),
                row.get("revenue", BigDecimal.class),
                row.get("roas", BigDecimal.class),
                row.get("cpa", BigDecimal.class),
                row.get("ctr", BigDecimal.class));
        return new Line(
                row.get("currency", String.class),
                Boolean.TRUE.equals(row.get("total", Boolean.class)),
                new PerformanceLine(
                        row.get("key", String.class),
                        row.get("name", String.class),
                        row.get("campaign_id", String.class),
                        row.get("campaign_name", String.class),
                        metrics));
    }
}
