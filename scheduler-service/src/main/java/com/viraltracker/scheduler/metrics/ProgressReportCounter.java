package com.viraltracker.scheduler.metrics;

import com.viraltracker.events.JobType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code viraltracker.scheduler.runs.progress.reports}: progress reports recorded on running runs, by job type. Its
 * rate says long runs are moving; a run that stops reporting is timed out from its last report. Tagged by job type
 * only, never by run. Registered for every job type at once, so a type without reports shows 0 rather than nothing.
 */
public class ProgressReportCounter {
    public static final String NAME = "viraltracker.scheduler.runs.progress.reports";

    private final Map<JobType, Counter> counters = new EnumMap<>(JobType.class);

    public ProgressReportCounter(MeterRegistry registry) {
        for (JobType type : JobType.values()) {
            counters.put(
                    type,
                    Counter.builder(NAME)
                            .description("Progress reports recorded on running runs")
                            .tag("job_type", type.wireName())
                            .register(registry));
        }
    }

    public void increment(JobType type) {
        counters.get(type).increment();
    }
}
