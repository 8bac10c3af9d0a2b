package com.viraltracker.graphsim;

import java.time.LocalDate;

/** An async insights job: what it covers and how many times its status was asked for. */
final class ReportRun {
    final String id;
    final String accountId;
    final LocalDate since;
    final LocalDate until;
    final GraphApi.Query query;
    /** Meta fails a run now and then, and always one too large to compute. */
    final boolean failing;

    private int polls;

    ReportRun(String id, String accountId, GraphApi.Query query, boolean failing) {
        this.id = id;
        this.accountId = accountId;
        this.since = query.since();
        this.until = query.until();
        this.query = query;
        this.failing = failing;
    }

    /** Each status poll moves the job along: Not Started, Running (rising percent), then Completed or Failed. */
    synchronized Status poll(int pollsUntilComplete) {
        polls++;
        if (polls == 1) {
            return new Status("Job Not Started", 0);
        }
        if (polls <= pollsUntilComplete) {
            return new Status("Job Running", Math.min(99, 100 * (polls - 1) / pollsUntilComplete));
        }
        return failing ? new Status("Job Failed", 0) : new Status("Job Completed", 100);
    }

    synchronized boolean completed(int pollsUntilComplete) {
        return !failing && polls > pollsUntilComplete;
    }

    record Status(String asyncStatus, int percent) {}
}
