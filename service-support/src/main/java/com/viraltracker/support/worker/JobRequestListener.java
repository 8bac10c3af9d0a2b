package com.viraltracker.support.worker;

import com.viraltracker.events.JobType;
import com.viraltracker.events.request.JobRequested;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.serde.JobEnvelope;
import com.viraltracker.events.serde.JobRequestReader;
import com.viraltracker.events.serde.RejectedJobRequestException;
import com.viraltracker.support.kafka.EventPublisher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.MessageListener;

/**
 * The one scaffolding all three workers run: read the request (malformed → dead-letter topic, invalid
 * parameters or another brand named in the parameters or the Kafka key → FAILED INVALID_INPUT), answer a redelivered run with its recorded result, otherwise publish
 * STARTED, run the handler (again in place, per {@link TransientRetry}, when the database or network failed under
 * it), record and publish the terminal result. The offset is committed only after the
 * broker acknowledged the terminal result, so a crash at any point means redelivery, never a lost run.
 */
public class JobRequestListener implements MessageListener<String, byte[]> {
    private static final Logger log = LoggerFactory.getLogger(JobRequestListener.class);
    private static final long PUBLISH_TIMEOUT_SECONDS = 30;

    private final JobHandler<JobRequested> handler;
    private final EventPublisher publisher;
    private final ProcessedRuns processedRuns;
    private final FailureClassifier classifier;
    private final WorkerMetrics metrics;
    private final Clock clock;
    private final String worker;
    private final TransientRetry retry = TransientRetry.DEFAULT;

    @SuppressWarnings("unchecked")
    public JobRequestListener(
            JobHandler<? extends JobRequested> handler,
            EventPublisher publisher,
            ProcessedRuns processedRuns,
            FailureClassifier classifier,
            WorkerMetrics metrics,
            Clock clock,
            String worker) {
        this.handler = (JobHandler<JobRequested>) handler;
        this.publisher = publisher;
        this.processedRuns = processedRuns;
        this.classifier = classifier;
        this.metrics = metrics;
        this.clock = clock;
        this.worker = worker;
    }

    public JobType jobType() {
        return handler.jobType();
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        metrics.consumed(jobType());
        JobRequested request;
        try {
            request = JobRequestReader.read(jobType(), record.key(), record.value());
        } catch (RejectedJobRequestException rejected) {
            reportRejected(rejected);
            return;
        }
        Optional<JobResult> earlier = processedRuns.find(request.runId(), request.attempt());
        if (earlier.isPresent()) {
            // Redelivered after we finished: the scheduler may not have seen the result, so send it again.
            log.info(
                    "run {} was already {}; republishing its result",
                    request.runId(),
                    earlier.get().status());
            metrics.redelivered(jobType());
            awaitAck(earlier.get());
            return;
        }
        Instant startedAt = clock.instant();
        publisher.publish(JobResult.started(request.envelope(), startedAt, worker));
        JobResult result = run(request, startedAt);
        processedRuns.record(result);
        awaitAck(result);
        metrics.finished(result, Duration.between(startedAt, result.finishedAt()));
    }

    private JobResult run(JobRequested request, Instant startedAt) {
        for (int attempt = 1; ; attempt++) {
            try {
                Map<String, Object> summary = handler.handle(request);
                return JobResult.succeeded(request.envelope(), startedAt, clock.instant(), summary, worker);
            } catch (RuntimeException e) {
                if (attempt < retry.attempts() && classifier.isRetryable(e)) {
                    Duration wait = retry.waitAfter(attempt);
                    log.warn(
                            "run {} of {}: {} on try {} of {}; trying again in {}",
                            request.runId(),
                            jobType(),
                            e.getClass().getSimpleName(),
                            attempt,
                            retry.attempts(),
                            wait);
                    pause(wait);
                    continue;
                }
                FailureClassifier.Failure failure = classifier.classify(e);
                if (failure.category() == ErrorCategory.INTERNAL) {
                    log.error("run {} of {} failed unexpectedly", request.runId(), jobType(), e);
                } else {
                    log.warn(
                            "run {} of {} failed ({}): {}",
                            request.runId(),
                            jobType(),
                            failure.category(),
                            failure.message());
                }
                return JobResult.failed(
                                request.envelope(),
                                startedAt,
                                clock.instant(),
                                failure.category(),
                                failure.message(),
                                worker)
                        .withRetryAfter(failure.retryAfter());
            }
        }
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to try a run again", e);
        }
    }

    private void reportRejected(RejectedJobRequestException rejected) {
        JobEnvelope envelope = rejected.envelope();
        Instant now = clock.instant();
        log.warn("run {} of {} rejected: {}", envelope.runId(), jobType(), rejected.getMessage());
        JobResult result =
                JobResult.failed(envelope, now, now, ErrorCategory.INVALID_INPUT, rejected.getMessage(), worker);
        processedRuns.record(result);
        awaitAck(result);
        metrics.finished(result, Duration.ZERO);
    }

    private void awaitAck(JobResult result) {
        try {
            publisher.publish(result).get(PUBLISH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing the result of run " + result.runId(), e);
        } catch (ExecutionException | TimeoutException e) {
            // Not acknowledging the request makes Kafka redeliver it; the recorded result is republished then.
            throw new IllegalStateException("could not publish the result of run " + result.runId(), e);
        }
    }
}
