package com.viraltracker.scorecard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.viraltracker.testing.PostgresTestServer;
import com.viraltracker.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Scorecards stored before periods were per account get their previous period (the equally long run of days
 * before, as they were computed) when changeset 002 runs, in a database of its own that is dropped afterwards.
 */
class AccountPeriodsMigrationTest {
    private static final String FIRST_CHANGELOG = "db/changelog/scorecard/001-scorecards.sql";
    private static final String MASTER_CHANGELOG = "db/changelog/scorecard.yaml";

    private final TestDatabase database = PostgresTestServer.createDatabase("scorecard_migration");

    @AfterEach
    void dropTheDatabase() throws SQLException {
        PostgresTestServer.dropDatabase(database);
    }

    @Test
    void an_older_scorecard_keeps_its_week_before_and_its_time_zone_while_new_ones_may_have_none() throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA scorecard");
            connection.setSchema("scorecard");
            migrate(connection, FIRST_CHANGELOG);
            statement.execute("""
                    INSERT INTO scorecards (id, run_id, brand_id, period_start, period_end, time_zone, parameters,
                                            summary, ads, created_at)
                    VALUES (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), '2026-03-01', '2026-03-07',
                            'America/Los_Angeles', '{}', '{}', '[]', now())
                    """);

            migrate(connection, MASTER_CHANGELOG);

            try (ResultSet row = statement.executeQuery(
                    "SELECT previous_period_start, previous_period_end, time_zone FROM scorecards")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("2026-02-22");
                assertThat(row.getString(2)).isEqualTo("2026-02-28");
                assertThat(row.getString(3)).isEqualTo("America/Los_Angeles");
            }
            statement.execute("""
                    INSERT INTO scorecards (id, run_id, brand_id, period_start, period_end, previous_period_start,
                                            previous_period_end, parameters, summary, ads, created_at)
                    VALUES (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), '2026-01-05', '2026-01-12',
                            '2025-12-29', '2026-01-05', '{}', '{}', '[]', now())
                    """);
            assertThatThrownBy(() -> statement.execute("""
                    INSERT INTO scorecards (id, run_id, brand_id, period_start, period_end, parameters, summary, ads,
                                            created_at)
                    VALUES (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), '2026-01-05', '2026-01-11',
                            '{}', '{}', '[]', now())
                    """)).hasMessageContaining("previous_period_start");
        }
    }

    /** As the service migrates: its changelog table names, its schema as the default. */
    private static void migrate(Connection connection, String changelog) throws Exception {
        Database liquibaseDatabase =
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        liquibaseDatabase.setDefaultSchemaName("scorecard");
        liquibaseDatabase.setLiquibaseSchemaName("public");
        liquibaseDatabase.setDatabaseChangeLogTableName("scorecard_changelog");
        liquibaseDatabase.setDatabaseChangeLogLockTableName("scorecard_changelog_lock");
        try (var resources = new ClassLoaderResourceAccessor()) {
            new Liquibase(changelog, resources, liquibaseDatabase).update();
        }
    }
}
