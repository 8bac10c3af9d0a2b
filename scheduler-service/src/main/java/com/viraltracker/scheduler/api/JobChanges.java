package com.viraltracker.scheduler.api;

import com.viraltracker.events.serde.SnakeCase;
import com.viraltracker.scheduler.schedule.ScheduleDefinition;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The body of PATCH on {@code /api/v1/jobs/{id}}: the fields to change, the others left out. A schedule's brand, job
 * type and schedule type are what it is: they are read only to refuse them (400 naming the field), and so are not in
 * the OpenAPI document.
 */
@SnakeCase
public record JobChanges(
        @Schema(example = "Daily Meta Ads Sync") String name,
        @Schema(example = "0 6 * * *") String cronExpression,
        @Schema(example = "America/Los_Angeles") String timezone,
        Instant runAt,
        @Schema(example = "{\"days_back\": 7}") Map<String, Object> parameters,
        @Schema(hidden = true) UUID brandId,
        @Schema(hidden = true) String jobType,
        @Schema(hidden = true) String scheduleType) {

    /** The first field that cannot be changed, if the body names one. */
    String unchangeableField() {
        return brandId != null
                ? "brand_id"
                : jobType != null ? "job_type" : scheduleType != null ? "schedule_type" : null;
    }

    ScheduleDefinition definition() {
        return new ScheduleDefinition(null, name, null, null, cronExpression, timezone, runAt, parameters);
    }
}
