package com.viraltracker.scheduler.results;

import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.result.ResultStatus;
import com.viraltracker.scheduler.schedule.JsonColumns;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Applies a worker's result to its run and to the schedule's last_run_* columns. Results can arrive twice or
 * out of order, so every statement only moves a run forward: STARTED never overwrites a terminal state, a
 * terminal state is never overwritten by another (except timed_out, which was only the reaper's guess), a result
 * of an earlier attempt than the run's is stale and ignored, and a schedule shows the result of its newest
 * occurrence, not whichever arrived last. A failure the {@link RetryPolicy} retries leaves the run {@code retrying}
 * as its next attempt, which the outbox relay publishes when due; a run requested by another system is not retried
 * here, as its parameters are not known.
 *
 * <p>A PROGRESS result is recorded only on a run still going at that attempt: a report of an earlier attempt, or
 * one that arrives after the run finished, changes nothing, and one older than the report already recorded (a
 * redelivery) does not replace it. It changes no status but one: a run not yet known to have started is running.
 */
@Component
public class ResultApplier {
    /** A run nobody here dispatched (produced straight onto a job topic) is recorded on its first result. */
    private static final String RECORD_EXTERNAL = """
            INSERT INTO job_runs (id, job_id, brand_id, job_type, scheduled_for, trigger, status, attempt, dispatched_at)
            VALUES (:id, (SELECT id FROM scheduled_jobs WHERE id = :jobId), :brandId, :jobType, :scheduledFor,
                    'external', 'dispatched', :attempt, :scheduledFor)
            ON CONFLICT DO NOTHING""";

    private static final String APPLY_STARTED = """
            UPDATE job_runs
               SET status = 'running', attempt = :attempt, started_at = :startedAt, worker = :worker, updated_at = now()
             WHERE id = :id AND status IN ('pending', 'dispatched') AND attempt <= :attempt""";
    private static final String APPLY_TERMINAL = """
            UPDATE job_runs
               SET status = :status, attempt = :attempt, next_attempt_at = NULL,
                   started_at = coalesce(started_at, :startedAt), finished_at = :finishedAt,
                   summary = summary || :summary, error_category = :errorCategory, error_message = :errorMessage,
                   worker = :worker, updated_at = now()
             WHERE id = :id AND status NOT IN ('succeeded', 'failed') AND attempt <= :attempt""";
    /** The run's attempt is under way: its STARTED may have been lost or be still on its way. */
    private static final String START_BY_PROGRESS = """
            UPDATE job_runs
               SET status = 'running', started_at = coalesce(:startedAt, started_at), worker = coalesce(:worker, worker),
                   updated_at = now()
             WHERE id = :id AND status IN ('pending', 'dispatched') AND attempt = :attempt""";

    private static final String RECORD_PROGRESS = """
            UPDATE job_runs
               SET progress = :progress, last_progress_at = :reportedAt, updated_at = now()
             WHERE id = :id AND status = 'running' AND attempt = :attempt
               AND (last_progress_at IS NULL OR last_progress_at < :reportedAt)""";
    /** The failed attempt's progress is not the next attempt's: it is cleared with the retry. */
    private static final String SCHEDULE_RETRY = """
            UPDATE job_runs
               SET status = 'retrying', attempt = :attempt + 1, next_attempt_at = :nextAttemptAt,
                   progress = NULL, last_progress_at = NULL,
                   started_at = coalesce(started_at, :startedAt), finished_at = NULL,
                   error_category = :errorCategory, error_message = :errorMessage, worker = :worker, updated_at = now()
             WHERE id = :id AND status NOT IN ('succeeded', 'failed') AND attempt <= :attempt
               AND trigger <> 'external'""";

    private static final String UPDATE_SCHEDULE = """
            UPDATE scheduled_jobs s
               SET last_run_at = coalesce(r.started_at, r.finished_at, r.scheduled_for),
                   last_run_status = r.status,
                   last_error = r.error_message,
                   last_run_id = r.id,
                   last_run_scheduled_for = r.scheduled_for,
                   updated_at = now()
              FROM job_runs r
             WHERE r.id = :id AND s.id = r.job_id
               AND (s.last_run_id = r.id OR s.last_run_scheduled_for IS NULL
                    OR s.last_run_scheduled_for <= r.scheduled_for)""";

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final RetryPolicy retryPolicy;
    private final Clock clock;

    public ResultApplier(
            DatabaseClient database, TransactionalOperator transaction, RetryPolicy retryPolicy, Clock clock) {
        this.database = database;
        this.transaction = transaction;
        this.retryPolicy = retryPolicy;
        this.clock = clock;
    }

    /**
     * @param reportedAt when the worker sent the result (its event time, or null when unknown: now); orders progress
     *                   reports, and the run's timeout counts from the latest. A time ahead of this scheduler's clock
     *                   counts as now.
     * @return whether the run changed (false for a duplicate or stale result)
     */
    public Mono<Boolean> apply(JobResult result, Instant reportedAt) {
        Instant now = clock.instant();
        Instant reported = reportedAt == null || reportedAt.isAfter(now) ? now : reportedAt;
        Mono<Boolean> work = recordExternal(result)
                .then(
                        switch (result.status()) {
                            case STARTED -> shownOnSchedule(result, started(result));
                            case PROGRESS ->
                                shownOnSchedule(result, startedByProgress(result))
                                        .flatMap(started ->
                                                progressed(result, reported).map(progressed -> started || progressed));
                            case FAILED ->
                                shownOnSchedule(
                                        result,
                                        retried(result)
                                                .flatMap(retried -> retried ? Mono.just(true) : terminal(result)));
                            case SUCCEEDED -> shownOnSchedule(result, terminal(result));
                        });
        return transaction.transactional(work);
    }

    /** After a change of the run's status, its schedule shows it. */
    private Mono<Boolean> shownOnSchedule(JobResult result, Mono<Boolean> runChanged) {
        return runChanged.flatMap(changed -> changed
                ? database.sql(UPDATE_SCHEDULE)
                        .bind("id", result.runId())
                        .fetch()
                        .rowsUpdated()
                        .thenReturn(true)
                : Mono.just(false));
    }

    private Mono<Long> recordExternal(JobResult result) {
        if (result.brandId() == null) {
            return Mono.just(0L);
        }
        Instant scheduledFor = result.scheduledFor() != null
                ? result.scheduledFor()
                : result.startedAt() != null ? result.startedAt() : result.finishedAt();
        if (scheduledFor == null) {
            return Mono.just(0L);
        }
        var spec = database.sql(RECORD_EXTERNAL)
                .bind("id", result.runId())
                .bind("brandId", result.brandId())
                .bind("jobType", result.jobType().wireName())
                .bind("scheduledFor", scheduledFor)
                .bind("attempt", result.attempt());
        spec = result.jobId() == null ? spec.bindNull("jobId", UUID.class) : spec.bind("jobId", result.jobId());
        return spec.fetch().rowsUpdated();
    }

    private Mono<Boolean> started(JobResult result) {
        var spec = database.sql(APPLY_STARTED).bind("id", result.runId()).bind("attempt", result.attempt());
        spec = bindNullable(spec, "startedAt", result.startedAt(), Instant.class);
        spec = bindNullable(spec, "worker", result.worker(), String.class);
        return spec.fetch().rowsUpdated().map(count -> count > 0);
    }

    private Mono<Boolean> startedByProgress(JobResult result) {
        var spec = database.sql(START_BY_PROGRESS).bind("id", result.runId()).bind("attempt", result.attempt());
        spec = bindNullable(spec, "startedAt", result.startedAt(), Instant.class);
        spec = bindNullable(spec, "worker", result.worker(), String.class);
        return spec.fetch().rowsUpdated().map(count -> count > 0);
    }

    private Mono<Boolean> progressed(JobResult result, Instant reportedAt) {
        return database.sql(RECORD_PROGRESS)
                .bind("id", result.runId())
                .bind("attempt", result.attempt())
                .bind("progress", JsonColumns.write(result.summary()))
                .bind("reportedAt", reportedAt)
                .fetch()
                .rowsUpdated()
                .map(count -> count > 0);
    }

    /** @return whether the failure left the run waiting for its next attempt */
    private Mono<Boolean> retried(JobResult result) {
        return retryPolicy
                .nextAttemptAt(
                        result.jobType(),
                        result.attempt(),
                        result.errorCategory(),
                        clock.instant(),
                        result.retryAfter())
                .map(nextAttemptAt -> outcome(database.sql(SCHEDULE_RETRY).bind("nextAttemptAt", nextAttemptAt), result)
                        .fetch()
                        .rowsUpdated()
                        .map(count -> count > 0))
                .orElse(Mono.just(false));
    }

    private Mono<Boolean> terminal(JobResult result) {
        var spec = outcome(database.sql(APPLY_TERMINAL), result)
                .bind("status", result.status() == ResultStatus.SUCCEEDED ? "succeeded" : "failed")
                .bind("summary", JsonColumns.write(result.summary()));
        spec = bindNullable(spec, "finishedAt", result.finishedAt(), Instant.class);
        return spec.fetch().rowsUpdated().map(count -> count > 0);
    }

    /** The columns a finished attempt sets, whether the run is finished or will be attempted again. */
    private static DatabaseClient.GenericExecuteSpec outcome(DatabaseClient.GenericExecuteSpec spec, JobResult result) {
        spec = spec.bind("id", result.runId()).bind("attempt", result.attempt());
        spec = bindNullable(spec, "startedAt", result.startedAt(), Instant.class);
        spec = bindNullable(
                spec,
                "errorCategory",
                result.errorCategory() == null ? null : result.errorCategory().name(),
                String.class);
        spec = bindNullable(spec, "errorMessage", result.errorMessage(), String.class);
        return bindNullable(spec, "worker", result.worker(), String.class);
    }

    private static <T> DatabaseClient.GenericExecuteSpec bindNullable(
            DatabaseClient.GenericExecuteSpec spec, String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }
}
