package com.viraltracker.events.result;

import com.viraltracker.events.JobType;
import com.viraltracker.events.request.JobRequested;
import com.viraltracker.events.serde.SnakeCase;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What a worker reports about a run on {@code viraltracker.job-results.v1}. It repeats the request's identity
 * so the scheduler can record runs it did not dispatch.
 *
 * @param summary a small map of what the run did (rows upserted, ads created, ...); empty unless SUCCEEDED
 */
@SnakeCase
public record JobResult(
        UUID runId,
        UUID jobId,
        UUID brandId,
        JobType jobType,
        ResultStatus status,
        int attempt,
        Instant scheduledFor,
        Instant startedAt,
        Instant finishedAt,
        Map<String, Object> summary,
        ErrorCategory errorCategory,
        String errorMessage,
        String worker) {

    /** Error messages are shown to people and stored; keep them to a readable length. */
    public static final int MAX_ERROR_MESSAGE_LENGTH = 2000;

    public JobResult {
        if (runId == null) {
            throw new IllegalArgumentException("run_id is required");
        }
        if (jobType == null) {
            throw new IllegalArgumentException("job_type is required");
        }
        if (status == null) {
            throw new IllegalArgumentException("status is required");
        }
        if (status == ResultStatus.FAILED && errorCategory == null) {
            throw new IllegalArgumentException("error_category is required when status is FAILED");
        }
        summary = summary == null ? Map.of() : Map.copyOf(summary);
        if (errorMessage != null && errorMessage.length() > MAX_ERROR_MESSAGE_LENGTH) {
            errorMessage = errorMessage.substring(0, MAX_ERROR_MESSAGE_LENGTH - 1) + "…";
        }
    }

    public static JobResult started(JobRequested request, Instant startedAt, String worker) {
        return new JobResult(
                request.runId(),
                request.jobId(),
                request.brandId(),
                request.jobType(),
                ResultStatus.STARTED,
                request.attempt(),
                request.scheduledFor(),
                startedAt,
                null,
                Map.of(),
                null,
                null,
                worker);
    }

    public static JobResult succeeded(
            JobRequested request, Instant startedAt, Instant finishedAt, Map<String, Object> summary, String worker) {
        return new JobResult(
                request.runId(),
                request.jobId(),
                request.brandId(),
                request.jobType(),
                ResultStatus.SUCCEEDED,
                request.attempt(),
                request.scheduledFor(),
                startedAt,
                finishedAt,
                summary,
                null,
                null,
                worker);
    }

    public static JobResult failed(
            JobRequested request,
            Instant startedAt,
            Instant finishedAt,
            ErrorCategory category,
            String message,
            String worker) {
        return failed(
                request.runId(),
                request.jobId(),
                request.brandId(),
                request.jobType(),
                request.attempt(),
                request.scheduledFor(),
                startedAt,
                finishedAt,
                category,
                message,
                worker);
    }

    /** A failure for a request that could not be read whole (its parameters were invalid). */
    public static JobResult failed(
            UUID runId,
            UUID jobId,
            UUID brandId,
            JobType jobType,
            int attempt,
            Instant scheduledFor,
            Instant startedAt,
            Instant finishedAt,
            ErrorCategory category,
            String message,
            String worker) {
        return new JobResult(
                runId,
                jobId,
                brandId,
                jobType,
                ResultStatus.FAILED,
                Math.max(attempt, 1),
                scheduledFor,
                startedAt,
                finishedAt,
                Map.of(),
                category,
                message,
                worker);
    }

    /** The CloudEvents type, such as {@code com.viraltracker.job.meta_sync.succeeded.v1}. */
    public String eventType() {
        return "com.viraltracker.job." + jobType.wireName() + "."
                + status.name().toLowerCase(java.util.Locale.ROOT) + ".v1";
    }

    /** Unique per run and status, so a CloudEvents consumer can de-duplicate redelivered results. */
    public String eventId() {
        return runId + ":" + status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
