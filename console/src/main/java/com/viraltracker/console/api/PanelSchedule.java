package com.viraltracker.console.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One of a brand's panel schedules (the daily Meta sync, the weekly scorecard) as its panel shows it: when it runs
 * (hour, day, zone; the cron expression when it was set otherwise), its parameters, its next run and its last run.
 */
public record PanelSchedule(
        UUID jobId,
        String status,
        Integer hour,
        String dayOfWeek,
        String timezone,
        String cronExpression,
        Map<String, Object> parameters,
        Instant nextRunAt,
        String lastRunStatus,
        Instant lastRunAt,
        String lastError) {

    public PanelSchedule {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /** A whole-number parameter ({@code days_back}), or the fallback. */
    public int intParameter(String name, int fallback) {
        return parameters.get(name) instanceof Number number ? number.intValue() : fallback;
    }

    public String textParameter(String name) {
        Object value = parameters.get(name);
        return value == null ? null : String.valueOf(value);
    }
}
