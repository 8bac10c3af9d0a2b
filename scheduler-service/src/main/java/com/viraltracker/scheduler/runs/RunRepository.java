package com.viraltracker.scheduler.runs;

import com.viraltracker.events.JobType;
import com.viraltracker.scheduler.schedule.Counted;
import com.viraltracker.scheduler.schedule.JsonColumns;
import com.viraltracker.scheduler.schedule.Page;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Reads of {@code job_runs} and the insert of a manual run. */
@Repository
public class RunRepository {
    static final String COLUMNS = """
            id, job_id, brand_id, job_type, scheduled_for, trigger, status, attempt, next_attempt_at, parameters, created_at,
            dispatched_at, started_at, finished_at, summary, progress, last_progress_at, error_category, error_message, worker,
            publish_attempts, last_publish_error""";
    private static final String FIND = "SELECT " + COLUMNS + " FROM job_runs WHERE id = :id";
    private static final String LIST_FOR_JOB = "SELECT " + COLUMNS + """
            , count(*) OVER () AS total
              FROM job_runs WHERE job_id = :jobId
             ORDER BY scheduled_for DESC, created_at DESC
             LIMIT :limit OFFSET :offset""";
    /** Of the schedule if it still exists: one deleted meanwhile leaves the run without (as deleting does). */
    private static final String INSERT_MANUAL = """
            INSERT INTO job_runs (id, job_id, brand_id, job_type, scheduled_for, trigger, status, parameters)
            VALUES (:id, (SELECT id FROM scheduled_jobs WHERE id = :jobId), :brandId, :jobType, :scheduledFor, 'manual',
                    'pending', :parameters)
            RETURNING\s""" + COLUMNS;

    private final DatabaseClient database;

    public RunRepository(DatabaseClient database) {
        this.database = database;
    }

    public Mono<JobRun> findById(UUID id) {
        return database.sql(FIND).bind("id", id).map(RunRepository::toRun).one();
    }

    /** A job's runs, newest occurrence first (index {@code job_runs_one_per_occurrence}, scanned backwards). */
    public Mono<Page<JobRun>> listForJob(UUID jobId, int page, int size) {
        return database.sql(LIST_FOR_JOB)
                .bind("jobId", jobId)
                .bind("limit", size)
                .bind("offset", (long) page * size)
                .map(row -> new Counted<>(toRun(row), row.get("total", Long.class)))
                .all()
                .collectList()
                .map(rows -> Page.of(rows, page, size));
    }

    /** A manual run, queued for the relay; {@code jobId} may be null (a run again of a run without schedule). */
    public Mono<JobRun> insertManual(
            UUID jobId, UUID brandId, JobType type, Instant requestedAt, Map<String, Object> parameters) {
        var spec = database.sql(INSERT_MANUAL).bind("id", UUID.randomUUID());
        spec = jobId == null ? spec.bindNull("jobId", UUID.class) : spec.bind("jobId", jobId);
        return spec.bind("brandId", brandId)
                .bind("jobType", type.wireName())
                .bind("scheduledFor", requestedAt)
                .bind("parameters", JsonColumns.write(parameters))
                .map(RunRepository::toRun)
                .one();
    }

    private static Map<String, Object> progressOf(Json column) {
        return column == null ? null : JsonColumns.read(column);
    }

    static JobRun toRun(Readable row) {
        return new JobRun(
                row.get("id", UUID.class),
                row.get("job_id", UUID.class),
                row.get("brand_id", UUID.class),
                JobType.ofWireName(row.get("job_type", String.class)),
                row.get("scheduled_for", Instant.class),
                row.get("trigger", String.class),
                row.get("status", String.class),
                row.get("attempt", Integer.class),
                row.get("next_attempt_at", Instant.class),
                JsonColumns.read(row.get("parameters", Json.class)),
                row.get("created_at", Instant.class),
                row.get("dispatched_at", Instant.class),
                row.get("started_at", Instant.class),
                row.get("finished_at", Instant.class),
                JsonColumns.read(row.get("summary", Json.class)),
                progressOf(row.get("progress", Json.class)),
                row.get("last_progress_at", Instant.class),
                row.get("error_category", String.class),
                row.get("error_message", String.class),
                row.get("worker", String.class),
                row.get("publish_attempts", Integer.class),
                row.get("last_publish_error", String.class));
    }
}
