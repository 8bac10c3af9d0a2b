package com.viraltracker.events.result;

import com.viraltracker.events.JobType;
import com.viraltracker.events.serde.JobEnvelope;
import com.viraltracker.events.serde.SnakeCase;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What a worker reports about a run on {@code viraltracker.job-results.v1}. It repeats the request's identity
 * so the scheduler can record runs it did not dispatch.
 *
 * @param summary    a small map of what the run did (rows upserted, ads created, ...) when SUCCEEDED, or how far it
 *                   got (chunks done of total, days stored, ...) when PROGRESS; empty otherwise
 * @param retryAfter of a FAILED run, the earliest time the worker expects a further attempt to have a chance (an
 *                   upstream API said when it will take calls again); absent when the worker does not know
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
        String worker,
        Instant retryAfter) {

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

    /** The run has started; sent before the work, so the scheduler shows it running. */
    public static JobResult started(JobEnvelope run, Instant startedAt, String worker) {
        return new JobResult(
                run.runId(),
                run.jobId(),
                run.brandId(),
                run.jobType(),
                ResultStatus.STARTED,
                run.attempt(),
                run.scheduledFor(),
                startedAt,
                null,
                Map.of(),
                null,
                null,
                worker,
                null);
    }

    /**
     * A long run's progress so far, such as {@code chunks_done}, {@code chunks_total} and {@code days_stored} of
     * a backfill; the scheduler shows it and counts the run's timeout from the last one it received.
     */
    public static JobResult progress(JobEnvelope run, Instant startedAt, Map<String, Object> progress, String worker) {
        return new JobResult(
                run.runId(),
                run.jobId(),
                run.brandId(),
                run.jobType(),
                ResultStatus.PROGRESS,
                run.attempt(),
                run.scheduledFor(),
                startedAt,
                null,
                progress,
                null,
                null,
                worker,
                null);
    }

    public static JobResult succeeded(
            JobEnvelope run, Instant startedAt, Instant finishedAt, Map<String, Object> summary, String worker) {
        return new JobResult(
                run.runId(),
                run.jobId(),
                run.brandId(),
                run.jobType(),
                ResultStatus.SUCCEEDED,
                run.attempt(),
                run.scheduledFor(),
                startedAt,
                finishedAt,
                summary,
                null,
                null,
                worker,
                null);
    }

    /** A failure; {@code run} may be the identity of a request that could not be read whole. */
    public static JobResult failed(
            JobEnvelope run,
            Instant startedAt,
            Instant finishedAt,
            ErrorCategory category,
            String message,
            String worker) {
        return new JobResult(
                run.runId(),
                run.jobId(),
                run.brandId(),
                run.jobType(),
                ResultStatus.FAILED,
                Math.max(run.attempt(), 1),
                run.scheduledFor(),
                startedAt,
                finishedAt,
                Map.of(),
                category,
                message,
                worker,
                null);
    }

    /** This failure with the worker's hint of when to try again (null: no hint). */
    public JobResult withRetryAfter(Instant notBefore) {
        return new JobResult(
                runId,
                jobId,
                brandId,
                jobType,
                status,
                attempt,
                scheduledFor,
                startedAt,
                finishedAt,
                summary,
                errorCategory,
                errorMessage,
                worker,
                notBefore);
    }

    /** The CloudEvents type, such as {@code com.viraltracker.job.meta_sync.succeeded.v1}. */
    public String eventType() {
        return "com.viraltracker.job." + jobType.wireName() + "."
                + status.name().toLowerCase(java.util.Locale.ROOT) + ".v1";
    }

    /**
     * Unique per run, attempt and status, so a CloudEvents consumer can de-duplicate redelivered results: {@code
     * <run id>:<status>} for a first attempt, {@code <run id>:<status>:<attempt>} for a later one; a progress
     * report adds a digest of its figures, so each distinct report has its own id and a resent one the same.
     */
    public String eventId() {
        String id = runId + ":" + status.name().toLowerCase(java.util.Locale.ROOT);
        if (attempt > 1) {
            id += ":" + attempt;
        }
        if (status == ResultStatus.PROGRESS) {
            id += ":"
                    + Integer.toHexString(
                            new java.util.TreeMap<>(summary).toString().hashCode());
        }
        return id;
    }
}
