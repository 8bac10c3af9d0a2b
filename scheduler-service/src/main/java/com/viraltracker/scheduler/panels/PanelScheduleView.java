package com.viraltracker.scheduler.panels;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.viraltracker.events.serde.SnakeCase;
import com.viraltracker.scheduler.schedule.ScheduledJob;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What the panel shows: the active schedule, when it runs next, how its last run went, and who set it up (their
 * token's {@code sub}) and changed it last.
 */
@SnakeCase
public record PanelScheduleView(
        UUID jobId,
        UUID brandId,
        String jobType,
        String status,
        String cronExpression,
        String timezone,
        String dayOfWeek,
        Integer hour,
        Map<String, Object> parameters,
        Instant nextRunAt,
        Instant lastRunAt,
        String lastRunStatus,
        String lastError,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("updated_by") String updatedBy) {

    static PanelScheduleView of(ScheduledJob job) {
        DailyCron cron = DailyCron.parse(job.cronExpression()).orElse(null);
        return new PanelScheduleView(
                job.id(),
                job.brandId(),
                job.jobType().wireName(),
                job.status().wireName(),
                job.cronExpression(),
                job.timezone(),
                cron == null || cron.dayOfWeek() == null
                        ? null
                        : cron.dayOfWeek().name(),
                cron == null ? null : cron.hour(),
                job.parameters(),
                job.nextRunAt(),
                job.lastRunAt(),
                job.lastRunStatus(),
                job.lastError(),
                job.createdBy(),
                job.updatedBy());
    }
}
