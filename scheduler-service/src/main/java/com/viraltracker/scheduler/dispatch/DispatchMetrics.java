package com.viraltracker.scheduler.dispatch;

import com.viraltracker.events.JobType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Occurrences dispatched and how late each reached the broker (due time → acknowledged). A job type's meters are
 * registered at its first dispatch and kept: they are recorded for every event, on the dispatcher's hot path.
 */
@Component
public class DispatchMetrics {
    private final MeterRegistry registry;
    private final Map<JobType, Meters> byType = new ConcurrentHashMap<>();

    public DispatchMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void dispatched(JobType type, Duration lateness) {
        Meters meters = byType.computeIfAbsent(type, this::register);
        meters.dispatched().increment();
        meters.lateness().record(lateness.isNegative() ? Duration.ZERO : lateness);
    }

    private Meters register(JobType type) {
        return new Meters(
                Counter.builder("viraltracker.scheduler.dispatched")
                        .description("Runs published to their job topic")
                        .tag("job_type", type.wireName())
                        .register(registry),
                Timer.builder("viraltracker.scheduler.dispatch.lateness")
                        .description("From a run's due time to the broker's acknowledgement of its event")
                        .tag("job_type", type.wireName())
                        .publishPercentileHistogram()
                        .minimumExpectedValue(Duration.ofMillis(1))
                        .maximumExpectedValue(Duration.ofMinutes(10))
                        .register(registry));
    }

    private record Meters(Counter dispatched, Timer lateness) {}
}
