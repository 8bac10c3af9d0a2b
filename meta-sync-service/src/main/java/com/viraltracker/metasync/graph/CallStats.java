package com.viraltracker.metasync.graph;

/** What one sync spent on the Graph API, for the run summary. Used by one thread at a time. */
public final class CallStats {
    private int calls;
    private int retries;
    private int throttlePauses;
    private long throttledMillis;
    private int asyncReports;

    void call(boolean retry) {
        calls++;
        if (retry) {
            retries++;
        }
    }

    void throttled(long millis) {
        throttlePauses++;
        throttledMillis += millis;
    }

    void asyncReport() {
        asyncReports++;
    }

    public int calls() {
        return calls;
    }

    public int retries() {
        return retries;
    }

    public int throttlePauses() {
        return throttlePauses;
    }

    public long throttledMillis() {
        return throttledMillis;
    }

    public int asyncReports() {
        return asyncReports;
    }
}
