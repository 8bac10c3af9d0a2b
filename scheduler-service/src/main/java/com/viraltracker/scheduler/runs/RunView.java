package com.viraltracker.scheduler.runs;

import com.viraltracker.events.serde.SnakeCase;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A run as the REST API shows it. */
@SnakeCase
public record RunView(
        UUID id,
        UUID jobId,
        UUID brandId,
        String jobType,
        Instant scheduledFor,
        String trigger,
        String status,
        int attempt,
        Map<String, Object> parameters,
        Instant createdAt,
        Instant dispatchedAt,
        Instant startedAt,
        Instant finishedAt,
        Map<String, Object> summary,
        String errorCategory,
        String errorMessage,
        String worker,
        int publishAttempts,
        String lastPublishError) {

    public static RunView of(JobRun run) {
        return new RunView(
                run.id(),
                run.jobId(),
                run.brandId(),
                run.jobType().wireName(),
                run.scheduledFor(),
                run.trigger(),
                run.status(),
                run.attempt(),
                run.parameters(),
                run.createdAt(),
                run.dispatchedAt(),
                run.startedAt(),
                run.finishedAt(),
                run.summary(),
                run.errorCategory(),
                run.errorMessage(),
                run.worker(),
                run.publishAttempts(),
                run.lastPublishError());
    }
}
