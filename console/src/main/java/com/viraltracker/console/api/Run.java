package com.viraltracker.console.api;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A run of a job as the scheduler shows it: what, why, how it went. */
public record Run(
        @JsonAlias("id") UUID runId,
        UUID jobId,
        UUID brandId,
        String jobName,
        String jobType,
        String trigger,
        String status,
        int attempt,
        Instant scheduledFor,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Long durationMs,
        String errorCategory,
        String errorMessage,
        Map<String, Object> summary,
        Map<String, Object> parameters) {

    private static final Set<String> FINISHED = Set.of("succeeded", "failed", "timed_out");

    public Run {
        summary = summary == null ? Map.of() : Map.copyOf(summary);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

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
