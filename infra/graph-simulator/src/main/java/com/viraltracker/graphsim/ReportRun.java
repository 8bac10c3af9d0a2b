package com.viraltracker.graphsim;

import java.time.LocalDate;
import java.util.Set;

/** An async insights job: what it covers and how many times its status was asked for. */
final class ReportRun {
    final String id;
    final String accountId;
    final LocalDate since;
    final LocalDate until;
    final Set<String> fields;
    final boolean failing;
    private int polls;

    ReportRun(String id, String accountId, LocalDate since, LocalDate until, Set<String> fields, boolean failing) {
        this.id = id;
        this.accountId = accountId;
        this.since = since;
        this.until = until;
        this.fields = fields;
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
