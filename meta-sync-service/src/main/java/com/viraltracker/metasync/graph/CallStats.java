package com.viraltracker.metasync.graph;

/** What one sync spent on the Graph API, for the run summary; a backfill's chunks in flight share one. */
public final class CallStats {
    private int calls;
    private int retries;
    private int throttlePauses;
    private long throttledMillis;
    private int asyncReports;

    synchronized void call(boolean retry) {
        calls++;
        if (retry) {
            retries++;
        }
    }

    synchronized void throttled(long millis) {
        throttlePauses++;
        throttledMillis += millis;
    }

    synchronized void asyncReport() {
        asyncReports++;
    }

    public synchronized int calls() {
        return calls;
    }

    public synchronized int retries() {
        return retries;
    }

    public synchronized int throttlePauses() {
        return throttlePauses;
    }

    public synchronized long throttledMillis() {
        return throttledMillis;
    }

    public synchronized int asyncReports() {
        return asyncReports;
    }
}
