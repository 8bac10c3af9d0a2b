package com.viraltracker.support.worker;

import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.serde.EventJson;
import io.r2dbc.postgresql.codec.Json;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The terminal result of every run this worker finished, so a redelivered run is answered with the result it
 * already had instead of doing the work (and sending the e-mail) twice. Table: {@code worker_processed_runs},
 * created by {@code db/changelog/service-support/processed-runs.sql}, which each worker's changelog includes.
 */
public class ProcessedRuns {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String FIND = """
            SELECT result FROM worker_processed_runs WHERE run_id = :runId AND attempt >= :attempt
            """;
    private static final String RECORD = """
            INSERT INTO worker_processed_runs (run_id, attempt, status, result, finished_at)
            VALUES (:runId, :attempt, :status, :result, now())
            ON CONFLICT (run_id) DO UPDATE
               SET attempt = EXCLUDED.attempt, status = EXCLUDED.status, result = EXCLUDED.result,
                   finished_at = EXCLUDED.finished_at
            """;

    private final DatabaseClient database;

    public ProcessedRuns(DatabaseClient database) {
        this.database = database;
    }

    /** The result already recorded for this run at this attempt or a later one. */
    public Optional<JobResult> find(UUID runId, int attempt) {
        return database.sql(FIND)
                .bind("runId", runId)
                .bind("attempt", attempt)
                .map(row -> row.get("result", Json.class))
                .one()
                .map(json -> EventJson.mapper().readValue(json.asArray(), JobResult.class))
                .blockOptional(TIMEOUT);
    }

    public void record(JobResult result) {
        database.sql(RECORD)
                .bind("runId", result.runId())
                .bind("attempt", result.attempt())
                .bind("status", result.status().name())
                .bind("result", Json.of(EventJson.write(result)))
                .fetch()
                .rowsUpdated()
                .block(TIMEOUT);
    }
}
