package com.viraltracker.scheduler.api;

import com.viraltracker.events.serde.SnakeCase;
import com.viraltracker.scheduler.schedule.ScheduledJob;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A schedule as the REST API shows it. */
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
        Instant updatedAt) {

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
                job.updatedAt());
    }
}
