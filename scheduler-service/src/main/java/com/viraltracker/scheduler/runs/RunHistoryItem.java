package com.viraltracker.scheduler.runs;

import com.viraltracker.events.serde.SnakeCase;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A run in a brand's run history: of which schedule ({@code job_id}, {@code job_name}; absent for a manual run of
 * a deleted schedule or work requested by another system), how it went and how long it took; a run waiting to be
 * attempted again ({@code retrying}) shows when ({@code next_attempt_at}) and why its last attempt failed; a long run
 * shows how far it got ({@code progress}, as of {@code last_progress_at}; absent before its first report).
 */
@SnakeCase
public record RunHistoryItem(
        UUID runId,
        UUID jobId,
        String jobName,
        String jobType,
        String trigger,
        String status,
        int attempt,
        Instant nextAttemptAt,
        Instant scheduledFor,
        Instant startedAt,
        Instant finishedAt,
        Long durationMs,
        String errorCategory,
        String errorMessage,
        Map<String, Object> summary,

        @Schema(example = "{\"chunks_done\": 3, \"chunks_total\": 13, \"days_stored\": 270}")
        Map<String, Object> progress,

        Instant lastProgressAt,
        Map<String, Object> parameters) {

    static RunHistoryItem of(JobRun run, String jobName) {
        return new RunHistoryItem(
                run.id(),
                run.jobId(),
                jobName,
                run.jobType().wireName(),
                run.trigger(),
                run.status(),
                run.attempt(),
                run.nextAttemptAt(),
                run.scheduledFor(),
                run.startedAt(),
                run.finishedAt(),
                run.startedAt() == null || run.finishedAt() == null
                        ? null
                        : Duration.between(run.startedAt(), run.finishedAt()).toMillis(),
                run.errorCategory(),
                run.errorMessage(),
                run.summary(),
                run.progress(),
                run.lastProgressAt(),
                run.parameters());
    }
}
