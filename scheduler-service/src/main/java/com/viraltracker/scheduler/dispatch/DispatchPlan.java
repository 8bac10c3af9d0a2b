package com.viraltracker.scheduler.dispatch;

import com.viraltracker.events.request.JobRequested;
import com.viraltracker.events.result.ErrorCategory;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What one claim writes, in its transaction: the runs to insert and how each claimed schedule moves on.
 */
record DispatchPlan(List<NewRun> runs, List<Advance> advances) {

    /**
     * A job_runs row: either one to publish ({@code request} is its event) or one that failed already because its
     * parameters could not be used ({@code request} is null, {@code status} 'failed'). {@code parametersJson} and
     * {@code summaryJson} are the jsonb texts to store.
     */
    record NewRun(
            UUID id,
            UUID jobId,
            UUID brandId,
            String jobType,
            Instant scheduledFor,
            String trigger,
            String status,
            String parametersJson,
            String summaryJson,
            String errorCategory,
            String errorMessage,
            Instant finishedAt,
            JobRequested request) {
        private static final String SCHEDULE = "schedule";

        /** A scheduled run to publish: {@code request} is its event. */
        static NewRun pending(JobRequested request, String parametersJson, String summaryJson) {
            return new NewRun(
                    request.runId(),
                    request.jobId(),
                    request.brandId(),
                    request.jobType().wireName(),
                    request.scheduledFor(),
                    SCHEDULE,
                    "pending",
                    parametersJson,
                    summaryJson,
                    null,
                    null,
                    null,
                    request);
        }

        /** A scheduled run that failed at the claim, as INVALID_INPUT, because its parameters could not be used. */
        static NewRun invalidParameters(
                UUID id,
                DueSchedule job,
                Instant scheduledFor,
                String parametersJson,
                String summaryJson,
                String message,
                Instant now) {
            return new NewRun(
                    id,
                    job.id(),
                    job.brandId(),
                    job.jobType().wireName(),
                    scheduledFor,
                    SCHEDULE,
                    "failed",
                    parametersJson,
                    summaryJson,
                    ErrorCategory.INVALID_INPUT.name(),
                    message,
                    now,
                    null);
        }

        boolean toPublish() {
            return request != null;
        }
    }

    /**
     * The schedule's new next_run_at and status; the last_run_* fields are set only when the claim itself ended
     * a run (invalid parameters) or found the schedule unusable (invalid cron), otherwise null and kept.
     */
    record Advance(
            UUID id,
            Instant nextRunAt,
            String status,
            String lastRunStatus,
            String lastError,
            Instant lastRunAt,
            UUID lastRunId,
            Instant lastRunScheduledFor) {

        /** The schedule is due next at {@code next}, or completed when there is none; its last run is kept. */
        static Advance moveOn(DueSchedule job, Instant next) {
            return new Advance(job.id(), next, statusFor(next), null, null, null, null, null);
        }

        /** As {@link #moveOn}, and the schedule shows {@code run}, which failed at the claim, as its last run. */
        static Advance moveOnAfterFailure(DueSchedule job, Instant next, NewRun run) {
            return new Advance(
                    job.id(),
                    next,
                    statusFor(next),
                    run.status(),
                    run.errorMessage(),
                    run.finishedAt(),
                    run.id(),
                    run.scheduledFor());
        }

        /** The schedule cannot be used as it is: paused, its next run time kept, showing why as a failure. */
        static Advance pause(DueSchedule job, String reason, Instant now) {
            return new Advance(job.id(), job.nextRunAt(), "paused", "failed", reason, now, null, null);
        }

        private static String statusFor(Instant next) {
            return next == null ? "completed" : "active";
        }
    }
}
