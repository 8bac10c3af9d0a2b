package com.viraltracker.scorecard.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.parameters.ScorecardParameters;
import com.viraltracker.scorecard.PerformanceTable;
import com.viraltracker.scorecard.period.BrandPeriods;
import com.viraltracker.scorecard.period.DaysByAccount;
import com.viraltracker.scorecard.period.LinkedAccount;
import com.viraltracker.scorecard.scoring.ScorecardBuilder;
import com.viraltracker.testing.PostgresTestServer;
import com.viraltracker.testing.TestDatabase;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A brand with 1,000,000 performance rows (2,000 ads × 500 days) beside 200,000 rows of 20 other brands, in a
 * database of its own that is dropped afterwards. The brand's account act_1 is linked in Los Angeles and act_2 (no
 * rows) in Sydney, so each week's query joins two accounts' own days. The scorecard's aggregates of a week must go
 * through the (brand_id, date) index, never a sequential scan over other brands' rows; over all of the brand's days
 * the per-ad aggregate must hash its groups, not sort a million rows. Timings are printed, not asserted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerformanceQueryPlanTest {
    private static final UUID BIG_BRAND = UUID.fromString("0b16b0b1-0000-4000-8000-000000000001");
    // Monday evening in Los Angeles: act_1's week is 2026-01-05..11, Sydney's act_2's 06..12.
    private static final Instant MONDAY_EVENING = Instant.parse("2026-01-13T05:00:00Z");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final BrandPeriods PERIODS = BrandPeriods.endingYesterday(
            MONDAY_EVENING,
            7,
            List.of(new LinkedAccount("act_1", "America/Los_Angeles"), new LinkedAccount("act_2", "Australia/Sydney")),
            LOS_ANGELES);
    private static final DaysByAccount WEEK = PERIODS.current();
    private static final String BIG_BRAND_ROWS = """
            INSERT INTO meta_sync.meta_ads_performance (ad_account_id, ad_id, date, brand_id, ad_name, campaign_name,
                currency, spend, impressions, clicks, purchases, purchase_value, synced_at)
            SELECT 'act_1', 'ad_' || a, date '2026-01-11' - d, '%s', 'Ad ' || a, 'Campaign ' || (a %% 40), 'USD',
                   ((a * 7 + d * 3) %% 5000) / 100.0, 1000 + a, 10 + d %% 50, (a + d) %% 4,
                   ((a * 11 + d * 5) %% 9000) / 100.0, now()
              FROM generate_series(1, 2000) a, generate_series(0, 499) d
            """.formatted(BIG_BRAND);
    private static final String OTHER_BRANDS_ROWS = """
            INSERT INTO meta_sync.meta_ads_performance (ad_account_id, ad_id, date, brand_id, ad_name, currency,
                spend, impressions, clicks, purchases, purchase_value, synced_at)
            SELECT 'act_' || (b + 10), 'ad_' || b || '_' || a, date '2026-01-11' - d, md5('brand' || b)::uuid,
                   'Ad ' || a, 'EUR', 12.50, 100, 1, 1, 20.00, now()
              FROM generate_series(1, 20) b, generate_series(1, 100) a, generate_series(0, 99) d
            """;

    private TestDatabase database;

    @BeforeAll
    void aMillionRowsForOneBrand() throws SQLException {
        database = PostgresTestServer.createDatabase("scorecard_plan");
        PerformanceTable.create(database);
        long started = System.nanoTime();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate(BIG_BRAND_ROWS)).isEqualTo(1_000_000);
            assertThat(statement.executeUpdate(OTHER_BRANDS_ROWS)).isEqualTo(200_000);
            statement.execute("ANALYZE meta_sync.meta_ads_performance");
        }
        System.out.printf("inserted and analyzed 1,200,000 rows in %d ms%n", millisSince(started));
    }

    @AfterAll
    void dropTheDatabase() throws SQLException {
        PostgresTestServer.dropDatabase(database);
    }

    @Test
    void the_per_ad_aggregate_reads_one_brands_week_through_the_brand_date_index() throws SQLException {
        String plan = explain(PerformanceReader.BY_AD, WEEK, true);
        assertThat(plan).contains("meta_ads_performance_brand_date").doesNotContain("Seq Scan");
        assertThat(plan)
                .as("the index range is the days of all accounts, not all of the brand's days")
                .contains("date >= $2")
                .contains("date <= $3");
    }

    @Test
    void the_per_ad_aggregate_hashes_all_of_a_brands_days_instead_of_sorting_its_rows() throws SQLException {
        String plan = explain(PerformanceReader.BY_AD, losAngelesAccountOnly(500), false);
        // What aggregates the joined rows is the node just above the join.
        assertThat(nodeAbove(plan, node -> node.startsWith("Hash Left Join")))
                .as("plan:%n%s", plan)
                .contains("HashAggregate");
    }

    @Test
    void over_days_every_account_shares_the_per_ad_aggregate_reads_the_index_and_hashes_without_a_join()
            throws SQLException {
        String week = explain(PerformanceReader.BY_AD_OVER_SHARED_DAYS, losAngelesAccountOnly(7), true);
        assertThat(week)
                .contains("meta_ads_performance_brand_date")
                .doesNotContain("Seq Scan")
                .as("without the join of the accounts' days")
                .doesNotContain("jsonb_to_recordset");
        String all = explain(PerformanceReader.BY_AD_OVER_SHARED_DAYS, losAngelesAccountOnly(500), false);
        // What aggregates the rows read is the node just above the scan (sorting the few thousand partial groups
        // of parallel workers above it is fine).
        assertThat(nodeAbove(all, node -> node.contains(" on meta_ads_performance")))
                .as("plan:%n%s", all)
                .contains("HashAggregate");
    }

    @Test
    void the_aggregates_are_planned_for_their_arguments_however_often_a_connection_ran_them() throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(PerformanceReader.PLANNED_FOR_ITS_ARGUMENTS);
            statement.execute(
                    "PREPARE scorecard_query(uuid, date, date) AS " + PerformanceReader.BY_AD_OVER_SHARED_DAYS);
            String execute = "EXECUTE scorecard_query('%s', '%s', '%s')"
                    .formatted(BIG_BRAND, WEEK.allDays().start(), WEEK.allDays().end());
            // After five custom plans PostgreSQL weighs a generic one, as it would for the driver's statements.
            for (int run = 0; run < 6; run++) {
                statement.execute(execute);
            }
            assertThat(lines(statement.executeQuery("EXPLAIN " + execute))).doesNotContain("$1");
            connection.rollback();
        }
    }

    @Test
    void the_names_of_each_ads_last_day_are_read_by_primary_key() throws SQLException {
        for (String plan : List.of(
                explain(PerformanceReader.BY_AD, WEEK, true),
                explain(PerformanceReader.BY_AD_OVER_SHARED_DAYS, losAngelesAccountOnly(500), false))) {
            assertThat(plan)
                    .as("plan:%n%s", plan)
                    .contains("Index Scan using meta_ads_performance_pk on meta_ads_performance n")
                    .doesNotContain("Seq Scan on meta_ads_performance n");
        }
    }

    @Test
    void the_per_account_totals_of_both_periods_read_through_the_brand_date_index() throws SQLException {
        for (DaysByAccount days : List.of(PERIODS.current(), PERIODS.previous())) {
            String plan = explain(PerformanceReader.BY_ACCOUNT, days, true);
            assertThat(plan).contains("meta_ads_performance_brand_date").doesNotContain("Seq Scan");
        }
    }

    @Test
    void the_whole_scorecard_of_the_million_row_brand_is_computed_from_one_row_per_ad() {
        var factory = ConnectionFactories.get(ConnectionFactoryOptions.parse(database.r2dbcUrl())
                .mutate()
                .option(ConnectionFactoryOptions.USER, database.user())
                .option(ConnectionFactoryOptions.PASSWORD, database.password())
                .build());
        var reader = new PerformanceReader(DatabaseClient.create(factory), new R2dbcTransactionManager(factory));
        List<AdTotals> ads = List.of();
        ScorecardBuilder.Result built = null;
        // Twice: the first includes opening the R2DBC connection and loading classes.
        for (String run : List.of("first", "second")) {
            long started = System.nanoTime();
            ads = reader.byAd(BIG_BRAND, WEEK);
            built = new ScorecardBuilder(ScorecardParameters.defaults())
                    .build(
                            PERIODS,
                            ads,
                            CurrencyTotals.ofAds(ads),
                            reader.byCurrency(BIG_BRAND, PERIODS.previous()).block(),
                            coverage -> "none");
            System.out.printf(
                    "scorecard of the 1,000,000-row brand (%s run): %d ads aggregated and scored in %d ms%n",
                    run, ads.size(), millisSince(started));
        }

        assertThat(ads).hasSize(2000);
        assertThat(ads).extracting(AdTotals::currency).containsOnly("USD");
        assertThat(built.summary().currencies())
                .singleElement()
                .satisfies(usd ->
                        assertThat(usd.adsEvaluated() + usd.adsExcluded()).isEqualTo(2000))
                .satisfies(usd -> assertThat(usd.coverage().period())
                        .isEqualTo(PERIODS.of("act_1").period()));
    }

    /**
     * Prepares the reader's statement verbatim and explains it with real arguments, printing the timing, in a
     * transaction that first runs what the reader runs before its per-ad aggregate. A generic plan is what a
     * prepared statement may settle on, so the index must serve any arguments; a custom plan is what the first
     * executions of a statement get.
     */
    private String explain(String sql, DaysByAccount days, boolean generic) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(PerformanceReader.ROOM_TO_HASH_ADS);
            statement.execute("SET LOCAL plan_cache_mode = " + (generic ? "force_generic_plan" : "force_custom_plan"));
            statement.execute("PREPARE scorecard_query(uuid, date, date, jsonb, date, date) AS " + sql);
            String arguments = "('%s', '%s', '%s', '%s', '%s', '%s')"
                    .formatted(
                            BIG_BRAND,
                            days.allDays().start(),
                            days.allDays().end(),
                            PerformanceReader.accountDays(days),
                            days.otherAccounts().start(),
                            days.otherAccounts().end());
            String plan = lines(statement.executeQuery("EXPLAIN EXECUTE scorecard_query" + arguments));
            String analyzed = lines(statement.executeQuery("EXPLAIN (ANALYZE) EXECUTE scorecard_query" + arguments));
            System.out.printf(
                    "%s%n%s%n",
                    plan,
                    analyzed.lines()
                            .filter(line -> line.contains("Execution Time"))
                            .collect(Collectors.joining()));
            connection.rollback();
            return plan;
        }
    }

    private static String lines(ResultSet rows) throws SQLException {
        StringBuilder text = new StringBuilder();
        while (rows.next()) {
            text.append(rows.getString(1)).append('\n');
        }
        return text.toString();
    }

    private static long millisSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
    }

    /** The plan node just above the first node matching {@code which}, the plan's nodes read from the top. */
    /** The days of a brand whose one account (act_1) reports in the configured zone, so all accounts share them. */
    private static DaysByAccount losAngelesAccountOnly(int days) {
        return BrandPeriods.endingYesterday(
                        MONDAY_EVENING, days, List.of(new LinkedAccount("act_1", "America/Los_Angeles")), LOS_ANGELES)
                .current();
    }

    private static String nodeAbove(String plan, Predicate<String> which) {
        List<String> nodes = plan.lines()
                .filter(line -> !line.startsWith(" ") || line.strip().startsWith("->"))
                .map(line -> line.strip().replaceFirst("^-> +", ""))
                .toList();
        int found = nodes.indexOf(nodes.stream().filter(which).findFirst().orElseThrow());
        return nodes.get(found - 1);
    }
}
