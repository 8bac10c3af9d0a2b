package com.viraltracker.scheduler.dispatch;

import com.viraltracker.events.request.JobRequested;
import com.viraltracker.support.kafka.EventPublisher;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
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
    private volatile boolean lastBatchFailed;

    public RunPublisher(EventPublisher publisher, DispatchMetrics metrics, Clock clock, DispatchProperties properties) {
        this.publisher = publisher;
        this.metrics = metrics;
        this.clock = clock;
        this.timeout = properties.relay().publishTimeout();
    }

    public boolean brokerLooksUnreachable() {
        return lastBatchFailed;
    }

    /** Never fails: a request that could not be published is reported in the outcome, with the reason. */
    public Mono<Outcome> publish(List<JobRequested> requests) {
        return Flux.fromIterable(requests)
                .flatMap(request -> send(request).timeout(timeout)
                        .then(Mono.fromSupplier(() -> {
                            metrics.dispatched(request.jobType(), Duration.between(request.scheduledFor(),
                                    clock.instant()));
                            return new Sent(request, null);
                        }))
                        .onErrorResume(error -> Mono.just(new Sent(request, error))), requests.size() + 1)
                .collectList()
                .map(this::outcome);
    }

    private Mono<Void> send(JobRequested request) {
        return Mono.fromFuture(() -> publisher.publish(request)).then();
    }

    private Outcome outcome(List<Sent> sent) {
        List<UUID> published = new ArrayList<>(sent.size());
        List<UUID> failed = new ArrayList<>();
        String error = null;
        for (Sent each : sent) {
            if (each.error() == null) {
                published.add(each.request().runId());
            } else {
                failed.add(each.request().runId());
                error = each.error().getClass().getSimpleName() + ": " + each.error().getMessage();
            }
        }
        lastBatchFailed = published.isEmpty() && !failed.isEmpty();
        return new Outcome(published, failed, error);
    }

    /** @param failedBecause the last failure's type and message, null when nothing failed */
    public record Outcome(List<UUID> published, List<UUID> failed, String failedBecause) {
    }

    private record Sent(JobRequested request, Throwable error) {
    }
}
