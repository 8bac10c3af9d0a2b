package com.viraltracker.scheduler.api;

import com.viraltracker.scheduler.schedule.ScheduleDefinition;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The body of POST (all fields) and PATCH (the fields to change) on {@code /api/v1/jobs}.
 *
 * @param cronExpression 5-field Unix cron ({@code 0 6 * * *}) or a macro ({@code @daily}), in {@code timezone}
 * @param runAt          for a one_time job: when to run
 * @param parameters     the job type's parameters, snake_case as in the seed ({@code {"days_back": 7}})
 */
public record JobRequest(
        UUID brandId,
        String name,

        @Schema(
                allowableValues = {"ad_creation", "meta_sync", "scorecard"},
                defaultValue = "ad_creation")
        String jobType,

        @Schema(allowableValues = {"one_time", "recurring"}) String scheduleType,
        @Schema(example = "0 6 * * *") String cronExpression,
        @Schema(defaultValue = "America/Los_Angeles") String timezone,
        Instant runAt,
        Map<String, Object> parameters) {

    ScheduleDefinition definition() {
        return new ScheduleDefinition(
                brandId, name, jobType, scheduleType, cronExpression, timezone, runAt, parameters);
    }
}
