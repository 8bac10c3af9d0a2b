package com.viraltracker.scheduler.schedule;

import com.viraltracker.events.JobType;
import com.viraltracker.events.serde.SnakeCase;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A row of {@code scheduled_jobs}, and the schedule as the REST API shows it (its fields in the API's order).
 *
 * @param createdBy the token subject of who created it through the API; null for rows inserted by SQL
 * @param updatedBy the token subject of who changed it last through the API
 */
@SnakeCase
public record ScheduledJob(
        UUID id,
        UUID brandId,
        String name,
        JobType jobType,
        ScheduleType scheduleType,
        String cronExpression,
        String timezone,
        ScheduleStatus status,
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
        String createdBy,
        String updatedBy) {}
