package com.viraltracker.console.api;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A run as the Runs page and the sync panel show it: which job, why it ran, its status, its attempt, its times and,
 * when it failed, the error's category and message; {@code brandId} keeps another brand's run off the page.
 *
 * @param nextAttemptAt while the run waits to be attempted again ({@code retrying}): when
 * @param progress       how far a long run got, as its worker last reported it for this attempt; null before a report
 */
public record Run(
        @JsonAlias("id") UUID runId,
        UUID brandId,
        // In the order the Runs page shows them: type, trigger, status, duration, error; then its times.
        String jobType,
        String jobName,
        String trigger,
        String status,
        Long durationMs,
        String errorCategory,
        String errorMessage,
        int attempt,
        Instant nextAttemptAt,
        Instant scheduledFor,
        Instant startedAt,
        Instant finishedAt,
        Map<String, Object> progress,
        Instant lastProgressAt) {

    private static final Set<String> FINISHED = Set.of("succeeded", "failed", "timed_out");

    /** Whether the run has its final status (the page stops asking). */
    public boolean finished() {
        return status != null && FINISHED.contains(status);
    }

    public boolean failed() {
        return "failed".equals(status) || "timed_out".equals(status);
    }

    /** How long it ran: the scheduler's figure, or worked out from its times. */
    public Duration duration() {
        if (durationMs != null) {
            return Duration.ofMillis(durationMs);
        }
        return startedAt != null && finishedAt != null ? Duration.between(startedAt, finishedAt) : null;
    }
}
