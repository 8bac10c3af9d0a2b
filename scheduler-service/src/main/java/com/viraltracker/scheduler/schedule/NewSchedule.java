package com.viraltracker.scheduler.schedule;

import com.viraltracker.events.JobType;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A validated schedule about to be inserted. */
public record NewSchedule(
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
        Map<String, Object> parameters) {}
