package com.viraltracker.scheduler.runs;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a run is: queued (pending), on its topic (dispatched), being worked on (running), waiting to be attempted
 * again after a retryable failure (retrying), or finished (succeeded, failed, timed_out), as {@code job_runs.status}
 * stores it.
 */
public enum RunStatus {
    PENDING,
    DISPATCHED,
    RUNNING,
    RETRYING,
    SUCCEEDED,
    FAILED,
    TIMED_OUT;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Finished: no result will change it any more (except a late one for a run the reaper timed out). */
    public boolean terminal() {
        return this == SUCCEEDED || this == FAILED || this == TIMED_OUT;
    }

    public static Optional<RunStatus> fromWireName(String wireName) {
        return Arrays.stream(values())
                .filter(status -> status.wireName().equals(wireName))
                .findFirst();
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(RunStatus::wireName).toList();
    }
}
