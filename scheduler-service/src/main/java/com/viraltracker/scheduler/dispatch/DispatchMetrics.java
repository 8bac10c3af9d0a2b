package com.viraltracker.scheduler.dispatch;

import com.viraltracker.events.JobType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Occurrences dispatched and how late each reached the broker (due time → acknowledged). */
@Component
public class DispatchMetrics {
    private final MeterRegistry registry;

    public DispatchMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void dispatched(JobType type, Duration lateness) {
        Counter.builder("viraltracker.scheduler.dispatched").description("Runs published to their job topic")
                .tag("job_type", type.wireName()).register(registry).increment();
        Timer.builder("viraltracker.scheduler.dispatch.lateness")
                .description("From a run's due time to the broker's acknowledgement of its event")
                .tag("job_type", type.wireName())
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry).record(lateness.isNegative() ? Duration.ZERO : lateness);
    }
}
