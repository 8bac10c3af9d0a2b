package com.viraltracker.benchmarks.dispatch;

/** One round of "N occurrences due at once": how long until the last was done, and whether each was done once. */
public record Throughput(long jobs, long elapsedMillis, long duplicates, long missing) {

    public double perSecond() {
        return jobs * 1000.0 / Math.max(1, elapsedMillis);
    }

    public boolean exact() {
        return duplicates == 0 && missing == 0;
    }
}
