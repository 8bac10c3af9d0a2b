package com.viraltracker.scheduler.api;

import com.viraltracker.events.serde.SnakeCase;
import com.viraltracker.scheduler.schedule.ScheduleDefinition;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The body of POST on {@code /api/v1/jobs} (PATCH takes {@link JobChanges}); its fields are snake_case
 * on the wire ({@code brand_id}, {@code cron_expression}), like every API of the system.
 *
 * @param cronExpression 5-field Unix cron ({@code 0 6 * * *}) or a macro ({@code @daily}), in {@code timezone}
 * @param runAt          for a one_time job: when to run
 * @param parameters     the job type's parameters, snake_case as in the seed ({@code {"days_back": 7}})
 */
@SnakeCase
public record JobRequest(
        @Schema(example = "bc8461a8-232d-4765-8775-c75eaafc5503")
        UUID brandId,

        @Schema(example = "Daily Meta Ads Sync") String name,

        @Schema(
                allowableValues = {"ad_creation", "meta_sync", "scorecard"},
                defaultValue = "ad_creation",
                example = "meta_sync")
        String jobType,

        @Schema(
                allowableValues = {"one_time", "recurring"},
                example = "recurring")
        String scheduleType,

        @Schema(example = "0 6 * * *") String cronExpression,
        @Schema(defaultValue = "America/Los_Angeles") String timezone,
        Instant runAt,
        @Schema(example = "{\"days_back\": 7}") Map<String, Object> parameters) {

    ScheduleDefinition definition() {
        return new ScheduleDefinition(
                brandId, name, jobType, scheduleType, cronExpression, timezone, runAt, parameters);
    }
}
