package com.viraltracker.scheduler.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The reads behind the run-status gauges. Each stays on a small table or a partial index so it can run every few
 * seconds: {@code scheduled_jobs} is one row per schedule, pending runs use {@code job_runs_outbox}, runs in flight
 * use {@code job_runs_in_flight}, finished runs use {@code job_runs_finished}.
 */
@Repository
public class RunStatusQueries {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String SCHEDULES = """
            SELECT job_type, status, count(*) AS schedules
              FROM scheduled_jobs
             GROUP BY job_type, status""";
    private static final String OUTBOX = """
            SELECT count(*) AS pending, min(created_at) AS oldest
              FROM job_runs
             WHERE status = 'pending'""";
    private static final String IN_FLIGHT = """
            SELECT job_type, status, count(*) AS runs
              FROM job_runs
             WHERE status IN ('dispatched', 'running')
             GROUP BY job_type, status""";
    private static final String FINISHED_SINCE = """
            SELECT id, job_type, status, coalesce(started_at, dispatched_at, created_at) AS began, finished_at
              FROM job_runs
             WHERE finished_at >= :since AND status IN ('succeeded', 'failed', 'timed_out')
             ORDER BY finished_at
             LIMIT :limit""";

    private final DatabaseClient database;

    public RunStatusQueries(DatabaseClient database) {
        this.database = database;
    }

    /** How many rows of one job type and status a table holds. */
    public record Count(String jobType, String status, long count) {}

    /** The outbox: runs not yet published, and when the oldest of them was queued (null when none). */
    public record Outbox(long pending, Instant oldest) {}

    /** A run that reached a terminal state. */
    public record FinishedRun(UUID id, String jobType, String status, Instant began, Instant finishedAt) {}

    public List<Count> schedules() {
        return database.sql(SCHEDULES)
                .map(row -> new Count(
                        row.get("job_type", String.class),
                        row.get("status", String.class),
                        row.get("schedules", Long.class)))
                .all()
                .collectList()
                .block(TIMEOUT);
    }

    public Outbox outbox() {
        return database.sql(OUTBOX)
                .map(row ->
                        new Outbox(row.get("pending", Long.class), instant(row.get("oldest", OffsetDateTime.class))))
                .one()
                .block(TIMEOUT);
    }

    public List<Count> inFlight() {
        return database.sql(IN_FLIGHT)
                .map(row -> new Count(
                        row.get("job_type", String.class),
                        row.get("status", String.class),
                        row.get("runs", Long.class)))
                .all()
                .collectList()
                .block(TIMEOUT);
    }

    public List<FinishedRun> finishedSince(Instant since, int limit) {
        return database.sql(FINISHED_SINCE)
                .bind("since", OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC))
                .bind("limit", limit)
                .map(row -> new FinishedRun(
                        row.get("id", UUID.class),
                        row.get("job_type", String.class),
                        row.get("status", String.class),
                        instant(row.get("began", OffsetDateTime.class)),
                        instant(row.get("finished_at", OffsetDateTime.class))))
                .all()
                .collectList()
                .block(TIMEOUT);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
