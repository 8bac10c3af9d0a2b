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
 * <p>Each currency's rows are ranked in the order asked for and cut at the limit in the same statement; the per-ad
 * breakdown looks the names up for the rows it answers only, unless they are what it is ordered by.
 *
 * <p>The statements use positional parameters ({@code $1} brand, {@code $2} first and {@code $3} last day, {@code $4}
 * the limit) so the same text can be PREPAREd and EXPLAINed verbatim.
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
    /** Where an ad's names are, for the breakdown that looks them up after the cut; none in the others' rows. */
    private static final String NO_NAME_LOOK_UP = "NULL::text AS ad_account_id, NULL::date AS last_day,\n";

    private static final String BY_DAY_GROUPS = "WITH grouped AS (\n"
            + "    SELECT trim(p.currency) AS currency, to_char(p.date, 'YYYY-MM-DD') AS key, NULL::text AS name,\n"
            + "           NULL::text AS campaign_id, NULL::text AS campaign_name, " + NO_NAME_LOOK_UP
            + ROW_SUMS + OF_THE_PERIOD + "     GROUP BY p.currency, p.date\n)";
    /** Each ad's sums and last day with rows. */
    private static final String ADS = "WITH ads AS (\n"
            + "    SELECT p.ad_account_id, p.ad_id, max(p.date) AS last_day,\n"
            + ROW_SUMS + OF_THE_PERIOD + "     GROUP BY p.ad_account_id, p.ad_id\n)";
    /**
     * Each ad's currency and names on its last day with rows, by primary key. The currency is not part of the group:
     * an ad account's currency never changes in Meta, and hashing one column less per row is about a quarter of the
     * aggregate's time. The look-up is a LATERAL subquery with LIMIT, which PostgreSQL does not turn into a join: as
     * a join, the planner, expecting as many ads as the whole table has, may hash it against a sequential scan of
     * every brand's rows.
     */
    private static final String NAMED_ADS = ADS + """
            , named AS (
                SELECT a.*, n.currency, n.ad_name, n.campaign_id, n.campaign_name
                  FROM ads a
                 CROSS JOIN LATERAL (
                       SELECT currency, ad_name, campaign_id, campaign_name
                         FROM meta_ads_performance
                        WHERE ad_account_id = a.ad_account_id AND ad_id = a.ad_id AND date = a.last_day
                        LIMIT 1) n
            )""";

    private static final String BY_AD_NAMED_GROUPS = NAMED_ADS + """
            , grouped AS (
                SELECT trim(currency) AS currency, ad_id AS key, ad_name AS name, campaign_id, campaign_name,
                       NULL::text AS ad_account_id, NULL::date AS last_day,
                       spend, impressions, clicks, purchases, revenue
                  FROM named
            )""";
    /**
     * Each ad without its names, which are looked up for the rows answered only (the console's 200 of 4,000 ads:
     * over 7 days, looking up all 4,000 was about half of the statement's time). Its currency is its account's, read
     * once per account from one of its ads' rows by primary key: an ad account's currency never changes in Meta.
     */
    private static final String BY_AD_UNNAMED_GROUPS = ADS + """
            , accounts AS (
                SELECT a.ad_account_id, trim(c.currency) AS currency
                  FROM (SELECT DISTINCT ON (ad_account_id) ad_account_id, ad_id, last_day FROM ads) a
                 CROSS JOIN LATERAL (
                       SELECT currency
                         FROM meta_ads_performance
                        WHERE ad_account_id = a.ad_account_id AND ad_id = a.ad_id AND date = a.last_day
                        LIMIT 1) c
            ), grouped AS (
                SELECT c.currency, a.ad_id AS key, NULL::text AS name, NULL::text AS campaign_id,
                       NULL::text AS campaign_name, a.ad_account_id, a.last_day,
                       a.spend, a.impressions, a.clicks, a.purchases, a.revenue
                  FROM ads a
                  JOIN accounts c USING (ad_account_id)
            )""";

    private static final String BY_CAMPAIGN_GROUPS = NAMED_ADS + """
            , grouped AS (
                SELECT currency, campaign_id AS key, campaign_name AS name, campaign_id, campaign_name,
                       NULL::text AS ad_account_id, NULL::date AS last_day,
                       spend, impressions, clicks, purchases, revenue
                  FROM (SELECT trim(currency) AS currency, campaign_id,
                               (array_agg(campaign_name ORDER BY last_day DESC))[1] AS campaign_name,
            """ + GROUP_SUMS + """
                          FROM named
                         GROUP BY currency, campaign_id) c
            )""";
    private static final String RATIOS = """
                   round(revenue / nullif(spend, 0), 4)                AS roas,
                   round(spend / nullif(purchases, 0), 2)              AS cpa,
                   round(clicks::numeric / nullif(impressions, 0), 6)  AS ctr""";
    /**
     * Appended to the {@code grouped} rows of a breakdown: the ratios of every row, each row's position in its
     * currency by the order asked for, and each currency's totals and number of rows. Followed by the order's SQL.
     */
    private static final String MEASURED_AND_RANKED = """
            , measured AS (
                SELECT g.*,
            """ + RATIOS + """

                  FROM grouped g
            ), totals AS (
                SELECT currency, count(*) AS row_count,
            """ + GROUP_SUMS + """
                  FROM grouped
                 GROUP BY currency
            ), kept AS (
                SELECT * FROM (SELECT m.*, row_number() OVER (PARTITION BY currency ORDER BY\s""";
    /** After the order: the rows up to the limit ({@code $4}), then the totals, each currency's totals first. */
    private static final String CUT = """
            ) AS position
                                 FROM measured m) r
                 WHERE position <= $4
            )
            """;

    private static final String TOTALS_AND_ORDER = """
            UNION ALL
            SELECT currency, true, 0, row_count, NULL, NULL, NULL, NULL,
                   spend, impressions, clicks, purchases, revenue,
            """ + RATIOS + """

              FROM totals
             ORDER BY currency, total DESC, position""";
    private static final String ROWS_AS_GROUPED = """
            SELECT currency, false AS total, position, NULL::bigint AS row_count, key, name, campaign_id, campaign_name,
                   spend, impressions, clicks, purchases, revenue, roas, cpa, ctr
              FROM kept
            """ + TOTALS_AND_ORDER;
    private static final String ROWS_NAMED_NOW = """
            SELECT k.currency, false AS total, k.position, NULL::bigint AS row_count, k.key, n.ad_name AS name,
                   n.campaign_id, n.campaign_name, k.spend, k.impressions, k.clicks, k.purchases, k.revenue,
                   k.roas, k.cpa, k.ctr
              FROM kept k
             CROSS JOIN LATERAL (
                   SELECT ad_name, campaign_id, campaign_name
                     FROM meta_ads_performance
                    WHERE ad_account_id = k.ad_account_id AND ad_id = k.key AND date = k.last_day
                    LIMIT 1) n
            """ + TOTALS_AND_ORDER;

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
                .then(database.sql(statement(query))
                        .bind(0, brandId)
                        .bind(1, query.from())
                        .bind(2, query.to())
                        .bind(
                                3,
                                query.limit() == null
                                        ? Long.MAX_VALUE
                                        : query.limit().longValue())
                        .map(BrandPerformanceReader::line)
                        .all()
                        .collectList())
                .as(readOnly::transactional)
                .map(BrandPerformanceReader::byCurrency);
    }

    /** The statement of a query: its breakdown's groups, ranked in its order. */
    static String statement(PerformanceQuery query) {
        String ranked = MEASURED_AND_RANKED + query.order().sql() + CUT;
        return switch (query.groupBy()) {
            case DAY -> BY_DAY_GROUPS + ranked + ROWS_AS_GROUPED;
            case AD ->
                query.order().column().needsNames()
                        ? BY_AD_NAMED_GROUPS + ranked + ROWS_AS_GROUPED
                        : BY_AD_UNNAMED_GROUPS + ranked + ROWS_NAMED_NOW;
            case CAMPAIGN -> BY_CAMPAIGN_GROUPS + ranked + ROWS_AS_GROUPED;
        };
    }

    /** A row of the statement: a currency's totals (with its number of rows) or one of its rows. */
    record Line(String currency, boolean total, long rowCount, PerformanceLine line) {}

    /** The statement's rows, each currency's totals first, as the response nests them. */
    static List<CurrencyPerformance> byCurrency(List<Line> lines) {
        Map<String, Line> totals = new LinkedHashMap<>();
        Map<String, List<PerformanceLine>> rows = new LinkedHashMap<>();
        for (Line line : lines) {
            if (line.total()) {
                totals.put(line.currency(), line);
            } else {
                rows.computeIfAbsent(line.currency(), currency -> new ArrayList<>())
                        .add(line.line());
            }
        }
        return totals.entrySet().stream()
                .map(total -> new CurrencyPerformance(
                        total.getKey(),
                        total.getValue().line().metrics(),
                        total.getValue().rowCount(),
                        List.copyOf(rows.getOrDefault(total.getKey(), List.of()))))
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
        Long rowCount = row.get("row_count", Long.class);
        return new Line(
                row.get("currency", String.class),
                Boolean.TRUE.equals(row.get("total", Boolean.class)),
                rowCount == null ? 0 : rowCount,
                new PerformanceLine(
                        row.get("key", String.class),
                        row.get("name", String.class),
                        row.get("campaign_id", String.class),
                        row.get("campaign_name", String.class),
                        metrics));
    }
}
