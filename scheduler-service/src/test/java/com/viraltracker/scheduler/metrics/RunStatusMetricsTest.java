package com.viraltracker.scheduler.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.scheduler.dispatch.RelayLoop;
import com.viraltracker.testing.Answers;
import com.viraltracker.testing.ServiceIntegrationTest;
import com.viraltracker.testing.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The run-status metrics read what the tables hold, through the gauges and on /actuator/prometheus. */
@ServiceIntegrationTest
@TestPropertySource(properties = "viraltracker.scheduler.metrics.refresh-interval=1h")
class RunStatusMetricsTest {
    @Autowired
    TestDatabase database;

    @Autowired
    RunStatusGauges gauges;

    @Autowired
    FinishedRunMetrics finished;

    @Autowired
    MeterRegistry registry;

    @Autowired
    RelayLoop relay;

    @Autowired
    WebTestClient web;

    @BeforeEach
    void keepPendingRunsPending() throws SQLException {
        // The relay would publish the outbox rows this test counts.
        relay.stop();
        sql("DELETE FROM job_runs", "DELETE FROM scheduled_jobs");
    }

    @AfterEach
    void restartRelay() {
        relay.start();
    }

    @Test
    void counts_schedules_by_type_and_status_and_reads_zero_for_statuses_no_row_has() throws SQLException {
        UUID brand = UUID.randomUUID();
        sql(
                schedule(brand, "meta_sync", "active"),
                schedule(brand, "meta_sync", "active"),
                schedule(brand, "scorecard", "paused"));

        gauges.refresh();

        assertThat(gauge("viraltracker.scheduler.schedules", "meta_sync", "active"))
                .isEqualTo(2);
        assertThat(gauge("viraltracker.scheduler.schedules", "scorecard", "paused"))
                .isEqualTo(1);
        assertThat(gauge("viraltracker.scheduler.schedules", "ad_creation", "active"))
                .isZero();

        sql("UPDATE scheduled_jobs SET status = 'paused' WHERE job_type = 'meta_sync'");
        gauges.refresh();

        assertThat(gauge("viraltracker.scheduler.schedules", "meta_sync", "active"))
                .isZero();
        assertThat(gauge("viraltracker.scheduler.schedules", "meta_sync", "paused"))
                .isEqualTo(2);
    }

    @Test
    void reports_the_outbox_backlog_with_the_age_of_its_oldest_run_and_the_runs_in_flight() throws SQLException {
        UUID brand = UUID.randomUUID();
        sql(
                run(brand, "scorecard", "pending", "now() - interval '90 seconds'", null, null),
                run(brand, "meta_sync", "pending", "now() - interval '10 seconds'", null, null),
                run(brand, "meta_sync", "dispatched", "now()", null, null),
                run(brand, "meta_sync", "running", "now()", "now()", null),
                run(brand, "ad_creation", "running", "now()", "now()", null));

        gauges.refresh();

        assertThat(registry.get("viraltracker.scheduler.outbox.pending").gauge().value())
                .isEqualTo(2);
        assertThat(registry.get("viraltracker.scheduler.outbox.oldest.age")
                        .gauge()
                        .value())
                .isBetween(89.0, 150.0);
        assertThat(gauge("viraltracker.scheduler.runs.in.flight", "meta_sync", "dispatched"))
                .isEqualTo(1);
        assertThat(gauge("viraltracker.scheduler.runs.in.flight", "meta_sync", "running"))
                .isEqualTo(1);
        assertThat(gauge("viraltracker.scheduler.runs.in.flight", "ad_creation", "running"))
                .isEqualTo(1);
        assertThat(gauge("viraltracker.scheduler.runs.in.flight", "scorecard", "running"))
                .isZero();

        sql("UPDATE job_runs SET status = 'dispatched' WHERE status = 'pending'");
        gauges.refresh();

        assertThat(registry.get("viraltracker.scheduler.outbox.pending").gauge().value())
                .isZero();
        assertThat(registry.get("viraltracker.scheduler.outbox.oldest.age")
                        .gauge()
                        .value())
                .isZero();
    }

    @Test
    void counts_each_finished_run_once_by_type_and_terminal_status_and_times_it_from_its_start() throws SQLException {
        UUID brand = UUID.randomUUID();
        double succeededBefore = count("meta_sync", "succeeded");
        double failedBefore = count("scorecard", "failed");
        double timedOutBefore = count("ad_creation", "timed_out");
        long timedBefore = timer("meta_sync", "succeeded").count();
        sql(
                run(brand, "meta_sync", "succeeded", "now()", "now() - interval '30 seconds'", "now()"),
                run(brand, "meta_sync", "succeeded", "now()", "now() - interval '10 seconds'", "now()"),
                run(brand, "scorecard", "failed", "now()", "now() - interval '1 second'", "now()"),
                run(brand, "ad_creation", "timed_out", "now()", null, "now()"),
                run(brand, "ad_creation", "running", "now()", "now()", null));

        assertThat(finished.collect()).isEqualTo(4);
        assertThat(finished.collect()).as("a second read counts nothing again").isZero();

        assertThat(count("meta_sync", "succeeded") - succeededBefore).isEqualTo(2);
        assertThat(count("scorecard", "failed") - failedBefore).isEqualTo(1);
        assertThat(count("ad_creation", "timed_out") - timedOutBefore).isEqualTo(1);
        Timer durations = timer("meta_sync", "succeeded");
        assertThat(durations.count() - timedBefore).isEqualTo(2);
        assertThat(durations.max(TimeUnit.SECONDS)).isBetween(29.0, 31.0);

        sql("UPDATE job_runs SET status = 'succeeded', finished_at = now() WHERE status = 'running'");
        assertThat(finished.collect()).isEqualTo(1);
    }

    @Test
    void publishes_every_run_status_series_on_the_prometheus_endpoint() {
        gauges.refresh();
        String scrape = Answers.okText(web, "/actuator/prometheus");

        assertThat(scrape)
                .contains("viraltracker_scheduler_schedules{", "job_type=\"ad_creation\"", "status=\"completed\"")
                .contains("viraltracker_scheduler_outbox_pending{", "viraltracker_scheduler_outbox_oldest_age_seconds{")
                .contains("viraltracker_scheduler_runs_in_flight{", "viraltracker_scheduler_runs_finished_total{")
                .contains("viraltracker_scheduler_run_duration_seconds_bucket{")
                .containsPattern("viraltracker_scheduler_runs_progress_reports_total\\{[^}]*job_type=\"meta_sync\"")
                .contains("kafka_consumer_fetch_manager_records_lag_max{");
    }

    private double gauge(String name, String jobType, String status) {
        return registry.get(name)
                .tag("job_type", jobType)
                .tag("status", status)
                .gauge()
                .value();
    }

    private double count(String jobType, String status) {
        return registry.get("viraltracker.scheduler.runs.finished")
                .tag("job_type", jobType)
                .tag("status", status)
                .counter()
                .count();
    }

    private Timer timer(String jobType, String status) {
        return registry.get("viraltracker.scheduler.run.duration")
                .tag("job_type", jobType)
                .tag("status", status)
                .timer();
    }

    private static String schedule(UUID brand, String jobType, String status) {
        return """
                INSERT INTO scheduled_jobs (brand_id, name, job_type, cron_expression, next_run_at, status)
                VALUES ('%s', 'metrics test', '%s', '0 6 * * *', now() + interval '1 day', '%s')""".formatted(brand, jobType, status);
    }

    private static String run(
            UUID brand, String jobType, String status, String createdAt, String startedAt, String finishedAt) {
        return """
                INSERT INTO job_runs (id, brand_id, job_type, scheduled_for, trigger, status, created_at,
                                      dispatched_at, started_at, finished_at)
                VALUES ('%s', '%s', '%s', now(), 'manual', '%s', %s, %s, %s, %s)""".formatted(
                        UUID.randomUUID(),
                        brand,
                        jobType,
                        status,
                        createdAt,
                        status.equals("pending") ? "null" : createdAt,
                        startedAt,
                        finishedAt);
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO scheduler");
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
