package com.viraltracker.scheduler.dispatch;

import com.viraltracker.events.JobType;
import com.viraltracker.events.request.JobRequested;
import com.viraltracker.scheduler.schedule.JsonColumns;
import com.viraltracker.support.kafka.EventPublisher;
import io.r2dbc.postgresql.codec.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Publishes queued runs ({@code job_runs.status = 'pending'}, the outbox) to their job type's topic and marks
 * them dispatched once the broker acknowledged them. The rows stay locked while their batch is in flight, so
 * two relays never publish the same run; a crash before the commit leaves them pending, to be published again
 * (workers are idempotent by run id). Relies on index {@code job_runs_outbox}.
 */
@Component
public class OutboxRelay {
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
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
    private final EventPublisher publisher;
    private final Clock clock;
    private final DispatchProperties properties;
    private final DispatchMetrics metrics;

    public OutboxRelay(DatabaseClient database, TransactionalOperator transaction, EventPublisher publisher,
                       Clock clock, DispatchProperties properties, DispatchMetrics metrics) {
        this.database = database;
        this.transaction = transaction;
        this.publisher = publisher;
        this.clock = clock;
        this.properties = properties;
        this.metrics = metrics;
    }

    /** Publishes one batch; @return how many runs were dispatched (a full batch means there may be more). */
    public Mono<Integer> publishBatch() {
        Instant now = clock.instant();
        Mono<Integer> work = database.sql(LOCK_PENDING)
                .bind("retryBefore", now.minus(properties.relay().retryBackoff()))
                .bind("limit", properties.relay().batchSize())
                .map(row -> new QueuedRun(row.get("id", UUID.class), row.get("job_id", UUID.class),
                        row.get("brand_id", UUID.class), JobType.ofWireName(row.get("job_type", String.class)),
                        row.get("scheduled_for", Instant.class), row.get("attempt", Integer.class),
                        row.get("parameters", Json.class)))
                .all()
                .collectList()
                .flatMap(queued -> queued.isEmpty() ? Mono.just(0) : publish(queued, now));
        return transaction.transactional(work);
    }

    private Mono<Integer> publish(List<QueuedRun> queued, Instant now) {
        Duration timeout = properties.relay().publishTimeout();
        return Flux.fromIterable(queued)
                .flatMap(run -> send(run).timeout(timeout)
                        .thenReturn(new Sent(run, null))
                        .onErrorResume(error -> Mono.just(new Sent(run, error))))
                .collectList()
                .flatMap(sent -> record(sent, now));
    }

    private Mono<Void> send(QueuedRun run) {
        JobRequested request;
        try {
            request = RunRequestFactory.request(run.id(), run.jobId(), run.brandId(), run.jobType(),
                    run.scheduledFor(), run.attempt(), JsonColumns.read(run.parameters()));
        } catch (RuntimeException e) {
            return Mono.error(e);
        }
        return Mono.fromFuture(() -> publisher.publish(request)).then();
    }

    private Mono<Integer> record(List<Sent> sent, Instant now) {
        List<UUID> published = new ArrayList<>();
        List<UUID> failed = new ArrayList<>();
        String error = null;
        for (Sent each : sent) {
            if (each.error() == null) {
                published.add(each.run().id());
                metrics.dispatched(each.run().jobType(), Duration.between(each.run().scheduledFor(), clock.instant()));
            } else {
                failed.add(each.run().id());
                error = each.error().getClass().getSimpleName() + ": " + each.error().getMessage();
            }
        }
        Mono<Long> marked = published.isEmpty() ? Mono.just(0L)
                : database.sql(MARK_DISPATCHED).bind("ids", published.toArray(UUID[]::new)).bind("now", now)
                .fetch().rowsUpdated();
        Mono<Long> retried = Mono.just(0L);
        if (!failed.isEmpty()) {
            log.warn("could not publish {} of {} runs; will retry: {}", failed.size(), sent.size(), error);
            retried = database.sql(MARK_FAILED_ATTEMPT).bind("ids", failed.toArray(UUID[]::new)).bind("now", now)
                    .bind("error", error == null ? "unknown" : error).fetch().rowsUpdated();
        }
        return marked.then(retried).thenReturn(published.size());
    }

    private record QueuedRun(UUID id, UUID jobId, UUID brandId, JobType jobType, Instant scheduledFor, int attempt,
                             Json parameters) {
    }

    private record Sent(QueuedRun run, Throwable error) {
    }
}
