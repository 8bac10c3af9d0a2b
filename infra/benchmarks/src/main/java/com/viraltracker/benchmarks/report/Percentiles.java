package com.viraltracker.benchmarks.report;

/** Percentiles of measured values. */
public final class Percentiles {
    private Percentiles() {}

    /** The nearest-rank percentile {@code p} (0–100] of ascending values. */
    public static long nearestRank(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
