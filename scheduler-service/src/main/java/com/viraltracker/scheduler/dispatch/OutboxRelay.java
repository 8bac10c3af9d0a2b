package com.viraltracker.scheduler.dispatch;

import com.viraltracker.events.JobDescriptor;
import com.viraltracker.events.JobDescriptors;
import com.viraltracker.events.JobType;
import com.viraltracker.events.request.JobRequested;
import com.viraltracker.scheduler.schedule.JsonColumns;
import io.r2dbc.postgresql.codec.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Publishes queued runs ({@code job_runs.status = 'pending'}, the outbox) to their job type's topic and marks
 * them dispatched once the broker acknowledged them. Scheduled occurrences reach the outbox only when the
 * dispatcher could not publish them itself (the broker was unreachable); manual runs always come this way. The rows stay locked while their batch is in flight, so
 * two relays never publish the same run; a crash before the commit leaves them pending, to be published again
 * (workers are idempotent by run id). A run {@code retrying} after a failed attempt joins the outbox once its
 * {@code next_attempt_at} has come, and is published with its new attempt number. Relies on indexes
 * {@code job_runs_outbox} and {@code job_runs_retries_due}.
 */
@Component
public class OutboxRelay {
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String QUEUE_DUE_RETRIES = """
            UPDATE job_runs
               SET status = 'pending', next_attempt_at = NULL, last_publish_attempt_at = NULL, updated_at = now()
             WHERE id IN (SELECT id
                            FROM job_runs
                           WHERE status = 'retrying' AND next_attempt_at <= :now
                           ORDER BY next_attempt_at
                           LIMIT :limit
                             FOR UPDATE SKIP LOCKED)""";
    private static final String LOCK_PENDING = """
            SELECT id, job_id, brand_id, job_type, scheduled_for, attempt, parameters
              FROM job_runs
             WHERE status = 'pending'
               AND (last_publish_attempt_at IS NULL OR last_publish_attempt_at <= :retryBefore)
             ORDER BY created_at
             LIMIT :limit
             FOR UPDATE SKIP LOCKED""";
    private static final String MARK_DISPATCHED = """
            UPDATE job_runs
               SET status = 'dispatched', dispatched_at = :now, publish_attempts = publish_attempts + 1,
                   last_publish_attempt_at = :now, last_publish_error = NULL, updated_at = now()
             WHERE id = ANY(:ids) AND status = 'pending'""";
    private static final String MARK_FAILED_ATTEMPT = """
            UPDATE job_runs
               SET publish_attempts = publish_attempts + 1, last_publish_attempt_at = :now,
                   last_publish_error = :error, updated_at = now()
             WHERE id = ANY(:ids) AND status = 'pending'""";

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final RunPublisher runPublisher;
    private final Clock clock;
    private final DispatchProperties properties;

    public OutboxRelay(
            DatabaseClient database,
            TransactionalOperator transaction,
            RunPublisher runPublisher,
            Clock clock,
            DispatchProperties properties) {
        this.database = database;
        this.transaction = transaction;
        this.runPublisher = runPublisher;
        this.clock = clock;
        this.properties = properties;
    }

    /** Publishes one batch; @return how many runs were dispatched (a full batch means there may be more). */
    public Mono<Integer> publishBatch() {
        Instant now = clock.instant();
        Mono<Long> dueRetries = database.sql(QUEUE_DUE_RETRIES)
                .bind("now", now)
                .bind("limit", properties.relay().batchSize())
                .fetch()
                .rowsUpdated();
        Mono<Integer> work = dueRetries.then(database.sql(LOCK_PENDING)
                .bind("retryBefore", now.minus(properties.relay().retryBackoff()))
                .bind("limit", properties.relay().batchSize())
                .map(row -> new QueuedRun(
                        row.get("id", UUID.class),
                        row.get("job_id", UUID.class),
                        row.get("brand_id", UUID.class),
                        JobType.ofWireName(row.get("job_type", String.class)),
                        row.get("scheduled_for", Instant.class),
                        row.get("attempt", Integer.class),
                        row.get("parameters", Json.class)))
                .all()
                .collectList()
                .flatMap(queued -> queued.isEmpty() ? Mono.just(0) : publish(queued, now)));
        return transaction.transactional(work);
    }

    private Mono<Integer> publish(List<QueuedRun> queued, Instant now) {
        List<JobRequested> requests = new ArrayList<>(queued.size());
        List<UUID> unreadable = new ArrayList<>();
        String unreadableBecause = null;
        for (QueuedRun run : queued) {
            try {
                JobDescriptor<?, ?> job = JobDescriptors.of(run.jobType());
                requests.add(job.request(
                        run.id(),
                        run.jobId(),
                        run.brandId(),
                        run.scheduledFor(),
                        run.attempt(),
                        job.readParameters(JsonColumns.read(run.parameters()))));
            } catch (RuntimeException e) {
                unreadable.add(run.id());
                unreadableBecause = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        Mono<Long> skipped = unreadable.isEmpty() ? Mono.just(0L) : failedAttempt(unreadable, unreadableBecause, now);
        return skipped.then(runPublisher.publish(requests)).flatMap(outcome -> record(outcome, queued.size(), now));
    }

    private Mono<Integer> record(RunPublisher.Outcome outcome, int queued, Instant now) {
        Mono<Long> marked = outcome.published().isEmpty()
                ? Mono.just(0L)
                : database.sql(MARK_DISPATCHED)
                        .bind("ids", outcome.published().toArray(UUID[]::new))
                        .bind("now", now)
                        .fetch()
                        .rowsUpdated();
        Mono<Long> retried = Mono.just(0L);
        if (!outcome.failed().isEmpty()) {
            log.warn(
                    "could not publish {} of {} runs; will retry: {}",
                    outcome.failed().size(),
                    queued,
                    outcome.failedBecause());
            retried = failedAttempt(outcome.failed(), outcome.failedBecause(), now);
        }
        return marked.then(retried).thenReturn(outcome.published().size());
    }

    private Mono<Long> failedAttempt(List<UUID> ids, String error, Instant now) {
        return database.sql(MARK_FAILED_ATTEMPT)
                .bind("ids", ids.toArray(UUID[]::new))
                .bind("now", now)
                .bind("error", error == null ? "unknown" : error)
                .fetch()
                .rowsUpdated();
    }

    private record QueuedRun(
            UUID id, UUID jobId, UUID brandId, JobType jobType, Instant scheduledFor, int attempt, Json parameters) {}
}
