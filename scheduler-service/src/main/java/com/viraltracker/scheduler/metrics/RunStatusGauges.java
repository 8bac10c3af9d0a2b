package com.viraltracker.scheduler.metrics;

import com.viraltracker.events.JobType;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Gauges read from the scheduler's tables: schedules by type and status, the outbox backlog and its age, runs in
 * flight. Every (job type, status) pair is registered up front at 0, so a status that no row has right now reads
 * 0 instead of vanishing from Prometheus. The values come from the shared database, so every scheduler instance
 * reports the same numbers: aggregate them with {@code max}, not {@code sum}.
 */
public class RunStatusGauges {
    static final List<String> SCHEDULE_STATUSES = List.of("active", "paused", "completed");
    static final List<String> IN_FLIGHT_STATUSES = List.of("dispatched", "running");

    private final RunStatusQueries queries;
    private final Clock clock;
    private final Map<String, AtomicLong> schedules = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingMillis = new AtomicLong();

    public RunStatusGauges(RunStatusQueries queries, MeterRegistry registry, Clock clock) {
        this.queries = queries;
        this.clock = clock;
        for (JobType type : JobType.values()) {
            for (String status : SCHEDULE_STATUSES) {
                register(
                        registry,
                        "viraltracker.scheduler.schedules",
                        "Schedules by job type and status",
                        schedules,
                        type.wireName(),
                        status);
            }
            for (String status : IN_FLIGHT_STATUSES) {
                register(
                        registry,
                        "viraltracker.scheduler.runs.in.flight",
                        "Runs published and waiting for their result (dispatched) or being worked on (running)",
                        inFlight,
                        type.wireName(),
                        status);
            }
        }
        Gauge.builder("viraltracker.scheduler.outbox.pending", pending, AtomicLong::get)
                .description("Runs queued in the outbox and not yet published")
                .register(registry);
        Gauge.builder("viraltracker.scheduler.outbox.oldest.age", oldestPendingMillis, millis -> millis.get() / 1000.0)
                .description("Seconds the oldest unpublished run has waited in the outbox (0 when it is empty)")
                .baseUnit("seconds")
                .register(registry);
    }

    private static void register(
            MeterRegistry registry,
            String name,
            String description,
            Map<String, AtomicLong> values,
            String jobType,
            String status) {
        AtomicLong value = values.computeIfAbsent(key(jobType, status), key -> new AtomicLong());
        Gauge.builder(name, value, AtomicLong::get)
                .description(description)
                .tag("job_type", jobType)
                .tag("status", status)
                .register(registry);
    }

    /** Reads the tables once and updates every gauge. */
    public void refresh() {
        update(schedules, queries.schedules());
        update(inFlight, queries.inFlight());
        RunStatusQueries.Outbox outbox = queries.outbox();
        pending.set(outbox.pending());
        oldestPendingMillis.set(
                outbox.oldest() == null
                        ? 0
                        : Math.max(
                                0,
                                Duration.between(outbox.oldest(), clock.instant())
                                        .toMillis()));
    }

    private static void update(Map<String, AtomicLong> gauges, List<RunStatusQueries.Count> counts) {
        Map<String, Long> byKey = counts.stream()
                .collect(Collectors.toMap(
                        count -> key(count.jobType(), count.status()), RunStatusQueries.Count::count, Long::sum));
        // Pairs absent from the answer have no rows now: they go back to 0 rather than keep an old value.
        gauges.forEach((key, gauge) -> gauge.set(byKey.getOrDefault(key, 0L)));
    }

    private static String key(String jobType, String status) {
        return jobType + "/" + status;
    }
}
