package com.viraltracker.scheduler.dispatch;

import com.viraltracker.events.request.JobRequested;
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
            Instant lastRunScheduledFor) {}
}
