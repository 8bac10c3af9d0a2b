package com.viraltracker.metasync.sync;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Chunks read, skipped because an earlier attempt finished them, split because Meta asked for less, and waits. */
@Component
public class BackfillMetrics {
    static final String COMPLETED = "viraltracker.meta.backfill.chunks.completed";
    static final String RESUMED = "viraltracker.meta.backfill.chunks.resumed";
    static final String SPLIT = "viraltracker.meta.backfill.chunks.split";
    static final String USAGE_WAITS = "viraltracker.meta.backfill.usage.waits";

    private final Counter completed;
    private final Counter resumed;
    private final Counter splitByDays;
    private final Counter splitByCampaign;
    private final Counter usageWaits;

    public BackfillMetrics(MeterRegistry registry) {
        completed = Counter.builder(COMPLETED)
                .description("Chunks read from Meta and stored in full")
                .register(registry);
        resumed = Counter.builder(RESUMED)
                .description("Chunks not read again because an earlier attempt of the run had finished them")
                .register(registry);
        splitByDays = split(registry, "days");
        splitByCampaign = split(registry, "campaign");
        usageWaits = Counter.builder(USAGE_WAITS)
                .description("Waits before a chunk because Meta reported the account's usage at the ceiling")
                .register(registry);
    }

    private static Counter split(MeterRegistry registry, String by) {
        return Counter.builder(SPLIT)
                .description("Requests Meta could not compute, asked again in smaller pieces (halved days, or one "
                        + "campaign at a time)")
                .tag("by", by)
                .register(registry);
    }

    void completed() {
        completed.increment();
    }

    void resumed(int chunks) {
        resumed.increment(chunks);
    }

    void splitByDays() {
        splitByDays.increment();
    }

    void splitByCampaign() {
        splitByCampaign.increment();
    }

    void waitedForUsage() {
        usageWaits.increment();
    }
}
