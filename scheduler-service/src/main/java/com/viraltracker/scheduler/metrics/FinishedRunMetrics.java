package com.viraltracker.scheduler.metrics;

import com.viraltracker.events.JobType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs that reached a terminal state (succeeded, failed, timed_out), counted by job type and status, and their
 * duration (started, or else dispatched, to finished) — read from {@code job_runs} rather than hooked into the
 * result handling, so timed-out runs and results applied by any instance are included.
 *
 * <p>Each read looks back {@link #OVERLAP} before the newest finish time already seen, because a result's
 * {@code finished_at} is the worker's time and may commit a little after a later one; run ids seen in that window
 * are remembered so nothing is counted twice. A result that arrives later than the overlap is not counted. Every
 * scheduler instance counts every run: rates multiply by the number of instances, ratios and quantiles do not.
 */
public class FinishedRunMetrics {
    static final Duration OVERLAP = Duration.ofMinutes(2);
    static final List<String> TERMINAL = List.of("succeeded", "failed", "timed_out");
    private static final int BATCH = 5_000;

    private final RunStatusQueries queries;
    private final MeterRegistry registry;
    private final Map<UUID, Instant> seen = new HashMap<>();
    private Instant newest;

    public FinishedRunMetrics(RunStatusQueries queries, MeterRegistry registry, Clock clock) {
        this.queries = queries;
        this.registry = registry;
        // Runs finished before this instance started were counted by its predecessor (Prometheus sees a reset).
        this.newest = clock.instant();
        for (JobType type : JobType.values()) {
            for (String status : TERMINAL) {
                counter(type.wireName(), status);
                timer(type.wireName(), status);
            }
        }
    }

    /** Counts and times the runs finished since the last call; returns how many were new. */
    public synchronized int collect() {
        Instant windowStart = newest.minus(OVERLAP);
        seen.values().removeIf(finished -> finished.isBefore(windowStart));
        Instant from = windowStart;
        int counted = 0;
        while (true) {
            List<RunStatusQueries.FinishedRun> runs = queries.finishedSince(from, BATCH);
            for (RunStatusQueries.FinishedRun run : runs) {
                if (seen.putIfAbsent(run.id(), run.finishedAt()) == null) {
                    record(run);
                    counted++;
                }
                if (run.finishedAt().isAfter(newest)) {
                    newest = run.finishedAt();
                }
            }
            // A full page means more are waiting: read on from its last finish time (ties are in `seen`).
            Instant last = runs.isEmpty() ? from : runs.get(runs.size() - 1).finishedAt();
            if (runs.size() < BATCH || !last.isAfter(from)) {
                break;
            }
            from = last;
        }
        return counted;
    }

    private void record(RunStatusQueries.FinishedRun run) {
        counter(run.jobType(), run.status()).increment();
        if (run.began() != null && !run.finishedAt().isBefore(run.began())) {
            timer(run.jobType(), run.status()).record(Duration.between(run.began(), run.finishedAt()));
        }
    }

    private Counter counter(String jobType, String status) {
        return Counter.builder("viraltracker.scheduler.runs.finished")
                .description("Runs that reached a terminal state, by job type and status")
                .tag("job_type", jobType)
                .tag("status", status)
                .register(registry);
    }

    private Timer timer(String jobType, String status) {
        return Timer.builder("viraltracker.scheduler.run.duration")
                .description("From a run's start (or dispatch, when it never started) to its terminal state")
                .tag("job_type", jobType)
                .tag("status", status)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofHours(1))
                .register(registry);
    }
}
