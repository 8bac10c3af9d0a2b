package com.viraltracker.support.worker;

import com.viraltracker.events.JobType;
import com.viraltracker.events.result.JobResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** Jobs consumed and finished by outcome and category, with their duration. Labels are bounded sets only. */
public class WorkerMetrics {
    private final MeterRegistry registry;

    public WorkerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void consumed(JobType type) {
        Counter.builder("viraltracker.worker.jobs.consumed")
                .description("Job requests taken off the topic")
                .tag("job_type", type.wireName())
                .register(registry)
                .increment();
    }

    public void finished(JobResult result, Duration duration) {
        String category =
                result.errorCategory() == null ? "none" : result.errorCategory().name();
        Counter.builder("viraltracker.worker.jobs.finished")
                .description("Runs finished, by outcome")
                .tag("job_type", result.jobType().wireName())
                .tag("status", result.status().name())
                .tag("error_category", category)
                .register(registry)
                .increment();
        Timer.builder("viraltracker.worker.job.duration")
                .description("Time from STARTED to the terminal result")
                .tag("job_type", result.jobType().wireName())
                .tag("status", result.status().name())
                .publishPercentileHistogram()
                .register(registry)
                .record(duration);
    }

    public void redelivered(JobType type) {
        Counter.builder("viraltracker.worker.jobs.redelivered")
                .description("Requests for runs already finished, answered from the processed-runs table")
                .tag("job_type", type.wireName())
                .register(registry)
                .increment();
    }

    /**
     * Registers a topic's dead-letter counter at zero before anything goes wrong: Prometheus's {@code increase()}
     * sees no increase in a series whose first sample is already 1, so a counter born on the first dead letter
     * would hide exactly that one from the dashboards and the alert.
     */
    public void expectDeadLetters(String topic) {
        deadLetters(topic);
    }

    public void deadLettered(String topic) {
        deadLetters(topic).increment();
    }

    private Counter deadLetters(String topic) {
        return Counter.builder("viraltracker.worker.dead.lettered")
                .description("Messages sent to a dead-letter topic")
                .tag("topic", topic)
                .register(registry);
    }
}
