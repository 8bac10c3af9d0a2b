package com.viraltracker.scheduler.runs;

import com.viraltracker.events.JobType;
import com.viraltracker.events.serde.SnakeCase;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A row of {@code job_runs}: one occurrence of a schedule, a manual run, or work requested by another system; the
 * REST API shows it as it is.
 *
 * @param attempt       which attempt of the run this is (or, while {@code retrying}, will be)
 * @param nextAttemptAt while {@code retrying}: when the next attempt is published; the failed attempt's error
 *                      category and message stay until then
 * @param progress      how far a long run got, as its worker last reported it for this attempt ({@code chunks_done},
 *                      {@code chunks_total}, {@code days_stored}, ...); null until a report
 * @param lastProgressAt when that report was sent; the run's timeout counts from it
 */
@SnakeCase
public record JobRun(
        UUID id,
        UUID jobId,
        UUID brandId,
        JobType jobType,
        Instant scheduledFor,
        String trigger,
        String status,
        int attempt,
        Instant nextAttemptAt,
        Map<String, Object> parameters,
        Instant createdAt,
        Instant dispatchedAt,
        Instant startedAt,
        Instant finishedAt,
        Map<String, Object> summary,

        @Schema(example = "{\"chunks_done\": 3, \"chunks_total\": 13, \"days_stored\": 270}")
        Map<String, Object> progress,

        Instant lastProgressAt,
        String errorCategory,
        String errorMessage,
        String worker,
        int publishAttempts,
        String lastPublishError) {}
