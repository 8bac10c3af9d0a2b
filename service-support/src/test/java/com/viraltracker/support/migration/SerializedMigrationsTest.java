package com.viraltracker.support.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.testing.PostgresTestServer;
import com.viraltracker.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Instances of a service started together against an empty database: without turns, they race to create
 * Liquibase's lock table and the loser fails to start.
 */
class SerializedMigrationsTest {
    private static final int INSTANCES = 4;

    @Test
    void instances_starting_at_the_same_moment_on_an_empty_database_all_start_and_migrate_once() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            TestDatabase database = PostgresTestServer.createDatabase("migration-race-" + attempt);
            List<Throwable> failures = migrateConcurrently(database);

            assertThat(failures).as("instances that failed to migrate").isEmpty();
            assertThat(count(database, "SELECT count(*) FROM public.race_changelog"))
                    .isEqualTo(2);
            assertThat(count(database, "SELECT count(*) FROM race.things")).isEqualTo(1);
        }
    }

    private static List<Throwable> migrateConcurrently(TestDatabase database) throws Exception {
        ExecutorService instances = Executors.newFixedThreadPool(INSTANCES);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> started = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            started.add(instances.submit(() -> {
                start.await();
                SerializedMigrations turns = new SerializedMigrations();
                SpringLiquibase liquibase = liquibase(database);
                turns.postProcessBeforeInitialization(liquibase, "liquibase");
                liquibase.afterPropertiesSet();
                turns.postProcessAfterInitialization(liquibase, "liquibase");
                return null;
            }));
        }
        start.countDown();
        List<Throwable> failures = new ArrayList<>();
        for (Future<?> instance : started) {
            try {
                instance.get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        instances.shutdownNow();
        return failures;
    }

    /** As Spring Boot configures it for a service: changelog tables in public, named after the service's schema. */
    private static SpringLiquibase liquibase(TestDatabase database) {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(new SimpleDriverDataSource(
                new org.postgresql.Driver(), database.jdbcUrl(), database.user(), database.password()));
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.setChangeLog("classpath:db/changelog/migration-race.sql");
        liquibase.setLiquibaseSchema("public");
        liquibase.setDatabaseChangeLogTable("race_changelog");
        liquibase.setDatabaseChangeLogLockTable("race_changelog_lock");
        return liquibase;
    }

    private static long count(TestDatabase database, String sql) throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
