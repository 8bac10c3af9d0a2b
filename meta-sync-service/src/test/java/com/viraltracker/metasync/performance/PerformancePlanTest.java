package com.viraltracker.metasync.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.metasync.MetaSyncIntegrationTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How PostgreSQL plans each breakdown of 90 days for a brand of 90,000 rows among 360,000, generated in SQL: the
 * brand's rows are read from {@code meta_ads_performance_brand_date} alone. Without the summed columns in that
 * index the same statements read the table through a bitmap heap scan, and on a large table its whole.
 */
class PerformancePlanTest extends MetaSyncIntegrationTest {
    private static final LocalDate LAST_DAY = LocalDate.parse("2026-11-30");
    private static final String ROWS = """
            INSERT INTO meta_sync.meta_ads_performance (ad_account_id, ad_id, date, brand_id, campaign_id,
                campaign_name, ad_name, currency, spend, impressions, clicks, purchases, purchase_value, synced_at)
            SELECT ? || b, 'ad_' || a, ?::date - d,
                   CASE WHEN b = 0 THEN ?::uuid ELSE md5(? || b)::uuid END,
                   'c_' || (a % 20), 'Campaign ' || (a % 20), 'Ad ' || a, CASE WHEN b = 0 THEN 'USD' ELSE 'EUR' END,
                   ((a * 7 + d * 3) % 5000) / 100.0, 1000 + a, 10 + d % 50, (a + d) % 4,
                   ((a * 11 + d * 5) % 9000) / 100.0, now()
              FROM generate_series(0, 179) d, generate_series(0, 10) b, generate_series(1, 500) a
             WHERE b = 0 OR a <= 150""";

    private final String accounts = "act_7" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999) + "0";

    @AfterEach
    void removeRows() throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM meta_sync.meta_ads_performance WHERE ad_account_id LIKE ? || '%'")) {
            delete.setString(1, accounts);
            delete.executeUpdate();
        }
    }

    @Test
    void every_breakdown_of_90_days_reads_the_brands_rows_by_index_only() throws SQLException {
        UUID brand = UUID.randomUUID();
        try (Connection connection = database.connect()) {
            try (PreparedStatement insert = connection.prepareStatement(ROWS)) {
                insert.setString(1, accounts);
                insert.setObject(2, LAST_DAY);
                insert.setString(3, brand.toString());
                insert.setString(4, accounts);
                assertThat(insert.executeUpdate()).isEqualTo(180 * (500 + 10 * 150));
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE meta_sync.meta_ads_performance");
            }
            List<PerformanceQuery> queries = new ArrayList<>();
            for (GroupBy groupBy : GroupBy.values()) {
                queries.add(PerformanceQuery.of(LAST_DAY.minusDays(89), LAST_DAY, groupBy));
            }
            // The console's page: the first 200 ads, by spend and by name.
            queries.add(new PerformanceQuery(
                    LAST_DAY.minusDays(89), LAST_DAY, GroupBy.AD, RowOrder.defaultFor(GroupBy.AD), 200));
            queries.add(new PerformanceQuery(
                    LAST_DAY.minusDays(89), LAST_DAY, GroupBy.AD, RowOrder.naturalFor(RowOrder.Column.NAME), 200));
            for (PerformanceQuery query : queries) {
                List<JsonNode> scans = scansOfThePerformanceTable(connection, query, brand);
                assertThat(scans)
                        .as("scans of meta_ads_performance for %s", query)
                        .anySatisfy(scan -> {
                            assertThat(scan.path("Node Type").asString()).isEqualTo("Index Only Scan");
                            assertThat(scan.path("Index Name").asString()).isEqualTo("meta_ads_performance_brand_date");
                        })
                        .allSatisfy(scan ->
                                assertThat(scan.path("Node Type").asString()).isIn("Index Only Scan", "Index Scan"));
            }
        }
    }

    /** Every node of the statement's plan (as the reader runs it) that reads meta_ads_performance. */
    private static List<JsonNode> scansOfThePerformanceTable(Connection connection, PerformanceQuery query, UUID brand)
            throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL search_path = meta_sync");
            statement.execute(BrandPerformanceReader.PLANNER_SETTINGS);
            statement.execute(
                    "PREPARE breakdown(uuid, date, date, bigint) AS " + BrandPerformanceReader.statement(query));
            try (ResultSet plan = statement.executeQuery("EXPLAIN (FORMAT JSON) EXECUTE breakdown('" + brand + "', '"
                    + query.from() + "', '" + query.to() + "', "
                    + (query.limit() == null ? Long.MAX_VALUE : query.limit()) + ")")) {
                plan.next();
                List<JsonNode> scans = new ArrayList<>();
                collect(JsonMapper.builder().build().readTree(plan.getString(1)), scans);
                return scans;
            }
        } finally {
            connection.rollback();
            try (Statement statement = connection.createStatement()) {
                statement.execute("DEALLOCATE ALL");
            }
            connection.setAutoCommit(true);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> scans) {
        if ("meta_ads_performance".equals(node.path("Relation Name").asString(""))) {
            scans.add(node);
        }
        for (JsonNode child : node) {
            if (child.isContainer()) {
                collect(child, scans);
            }
        }
    }
}
