package com.viraltracker.scheduler.dispatch;

import com.viraltracker.events.request.JobRequested;
import com.viraltracker.support.kafka.EventPublisher;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Publishes a batch of run events and waits for the broker's acknowledgement of each (or the publish timeout),
 * for the dispatcher and the outbox relay alike. Remembers whether the last batch failed: while the broker looks
 * unreachable (a whole batch failed) the dispatcher queues new runs in the outbox instead of holding its claim open for a timeout per
 * batch, and the relay's next successful batch turns direct publishing back on.
 */
@Component
public class RunPublisher {
    private final EventPublisher publisher;
    private final DispatchMetrics metrics;
    private final Clock clock;
    private final Duration timeout;
    /** A batch this large is a full claim: a backlog is being drained. */
    private final int backlogBatch;

    private final ExecutorService flusher = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "scheduler-publish-flush");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean flushPending = new AtomicBoolean();
    private volatile boolean lastBatchFailed;

    public RunPublisher(EventPublisher publisher, DispatchMetrics metrics, Clock clock, DispatchProperties properties) {
        this.publisher = publisher;
        this.metrics = metrics;
        this.clock = clock;
        this.timeout = properties.relay().publishTimeout();
        this.backlogBatch = properties.dispatch().batchSize();
    }

    public boolean brokerLooksUnreachable() {
        return lastBatchFailed;
    }

    /**
     * Never fails: a request that could not be published is reported in the outcome, with the reason. One wait
     * for the whole batch, not a timer per event: the producer batches the sends, and what is not acknowledged
     * when the publish timeout ends counts as failed (the relay will publish it again under the same run id).
     */
    public Mono<Outcome> publish(List<JobRequested> requests) {
        return Mono.defer(() -> {
            List<CompletableFuture<?>> sends = new ArrayList<>(requests.size());
            for (JobRequested request : requests) {
                sends.add(send(request));
            }
            if (requests.size() < backlogBatch) {
                flushSoon();
            }
            CompletableFuture<Void> settled = CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .handle((ignored, error) -> (Void) null)
                    .completeOnTimeout(null, timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Mono.fromFuture(settled).then(Mono.fromSupplier(() -> outcome(requests, sends)));
        });
    }

    /**
     * Sends what the producer holds now instead of after its linger, for a batch smaller than a full claim: no
     * other claim is right behind it, so lingering would only add the linger to every event's lateness while the
     * claim holds its transaction (and its row locks) open. A full batch is a backlog being drained: there the
     * linger lets the next claims' events fill the producer's batches (flushing each claim would send them
     * smaller). The producer's flush blocks until what it sends is acknowledged, so it
     * runs on a thread of its own; a flush asked for while one is waiting to start is the same flush.
     */
    private void flushSoon() {
        if (flushPending.compareAndSet(false, true)) {
            flusher.execute(() -> {
                flushPending.set(false);
                publisher.flush();
            });
        }
    }

    private CompletableFuture<?> send(JobRequested request) {
        try {
            return publisher
                    .publish(request)
                    .thenRun(() -> metrics.dispatched(
                            request.jobType(), Duration.between(request.scheduledFor(), clock.instant())));
        } catch (RuntimeException e) {
            // A send can fail before it is queued (serialization, buffer full after max.block.ms).
            return CompletableFuture.failedFuture(e);
        }
    }

    private Outcome outcome(List<JobRequested> requests, List<CompletableFuture<?>> sends) {
        List<UUID> published = new ArrayList<>(requests.size());
        List<UUID> failed = new ArrayList<>();
        String error = null;
        for (int i = 0; i < requests.size(); i++) {
            CompletableFuture<?> send = sends.get(i);
            UUID runId = requests.get(i).runId();
            if (send.isDone() && !send.isCompletedExceptionally()) {
                published.add(runId);
                continue;
            }
            failed.add(runId);
            error = send.isDone()
                    ? describe(send)
                    : "TimeoutException: no acknowledgement from the broker within " + timeout;
        }
        lastBatchFailed = published.isEmpty() && !failed.isEmpty();
        return new Outcome(published, failed, error);
    }

    private static String describe(CompletableFuture<?> failedSend) {
        try {
            failedSend.join();
            return null;
        } catch (CompletionException | CancellationException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            return cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
    }

    /** @param failedBecause the last failure's type and message, null when nothing failed */
    public record Outcome(List<UUID> published, List<UUID> failed, String failedBecause) {}
}
