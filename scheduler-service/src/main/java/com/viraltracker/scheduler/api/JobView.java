package com.viraltracker.scheduler.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.viraltracker.events.serde.SnakeCase;
import com.viraltracker.scheduler.schedule.ScheduledJob;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A schedule as the REST API shows it.
 *
 * @param createdBy who created it through the API (their token's {@code sub}); absent for a schedule inserted by SQL
 * @param updatedBy who changed it last through the API
 */
@SnakeCase
public record JobView(
        UUID id,
        UUID brandId,
        String name,
        String jobType,
        String scheduleType,
        String cronExpression,
        String timezone,
        String status,
        Instant nextRunAt,
        Map<String, Object> parameters,
        UUID productId,
        String templateMode,
        Instant lastRunAt,
        String lastRunStatus,
        String lastError,
        UUID lastRunId,
        Instant createdAt,
        Instant updatedAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("updated_by") String updatedBy) {

    public static JobView of(ScheduledJob job) {
        return new JobView(
                job.id(),
                job.brandId(),
                job.name(),
                job.jobType().wireName(),
                job.scheduleType().wireName(),
                job.cronExpression(),
                job.timezone(),
                job.status().wireName(),
                job.nextRunAt(),
                job.parameters(),
                job.productId(),
                job.templateMode(),
                job.lastRunAt(),
                job.lastRunStatus(),
                job.lastError(),
                job.lastRunId(),
                job.createdAt(),
                job.updatedAt(),
                job.createdBy(),
                job.updatedBy());
    }
}
