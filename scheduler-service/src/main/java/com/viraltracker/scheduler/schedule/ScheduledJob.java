package com.viraltracker.scheduler.schedule;

import com.viraltracker.events.JobType;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A row of {@code scheduled_jobs}.
 *
 * @param createdBy the token subject of who created it through the API; null for rows inserted by SQL
 * @param updatedBy the token subject of who changed it last through the API
 */
public record ScheduledJob(
        UUID id,
        UUID brandId,
        UUID productId,
        String templateMode,
        String name,
        JobType jobType,
        ScheduleType scheduleType,
        String cronExpression,
        String timezone,
        Instant nextRunAt,
        Map<String, Object> parameters,
        ScheduleStatus status,
        Instant lastRunAt,
        String lastRunStatus,
        String lastError,
        UUID lastRunId,
        Instant createdAt,
        Instant updatedAt,
        String createdBy,
        String updatedBy) {}
