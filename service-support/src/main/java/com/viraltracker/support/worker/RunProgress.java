package com.viraltracker.support.worker;

import com.viraltracker.events.request.JobRequested;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.support.kafka.EventPublisher;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a long run (a backfill of months) tell the scheduler how far it got: each report is a PROGRESS result on
 * the results topic, which the scheduler shows with the run and from which it counts the run's timeout. A report
 * that cannot be delivered is logged and dropped: progress is advisory, the run goes on.
 */
public class RunProgress {
    private static final Logger log = LoggerFactory.getLogger(RunProgress.class);
    private static final long PUBLISH_TIMEOUT_SECONDS = 10;

    private final EventPublisher publisher;
    private final Clock clock;
    private final String worker;

    public RunProgress(EventPublisher publisher, Clock clock, String worker) {
        this.publisher = publisher;
        this.clock = clock;
        this.worker = worker;
    }

    /** @param progress small figures of how far the run got, never secrets (chunks_done, chunks_total, ...) */
    public void report(JobRequested request, Map<String, Object> progress) {
        JobResult result = JobResult.progress(request.envelope(), clock.instant(), progress, worker);
        try {
            publisher.publish(result).get(PUBLISH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reporting the progress of run " + request.runId(), e);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("could not report the progress of run {}: {}", request.runId(), e.toString());
        }
    }
}
