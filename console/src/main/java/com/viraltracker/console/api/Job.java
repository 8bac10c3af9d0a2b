package com.viraltracker.console.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A schedule as the scheduler lists it. */
public record Job(
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
        Instant lastRunAt,
        String lastRunStatus,
        String lastError) {}
