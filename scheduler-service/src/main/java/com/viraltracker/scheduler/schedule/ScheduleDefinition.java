package com.viraltracker.scheduler.schedule;

import com.viraltracker.events.JobType;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What a caller asks a schedule to be; any field may be missing or wrong until {@link ScheduleValidator} says so.
 * Strings are kept raw so one answer can name every bad field.
 */
public record ScheduleDefinition(
        UUID brandId,
        String name,
        String jobType,
        String scheduleType,
        String cronExpression,
        String timezone,
        Instant runAt,
        Map<String, Object> parameters) {

    /** The definition with {@code changes}' non-null fields laid over it (for PATCH). */
    public ScheduleDefinition with(ScheduleDefinition changes) {
        return new ScheduleDefinition(
                brandId,
                changes.name() != null ? changes.name() : name,
                jobType,
                scheduleType,
                changes.cronExpression() != null ? changes.cronExpression() : cronExpression,
                changes.timezone() != null ? changes.timezone() : timezone,
                changes.runAt() != null ? changes.runAt() : runAt,
                changes.parameters() != null ? changes.parameters() : parameters);
    }

    public static ScheduleDefinition of(ScheduledJob job) {
        return new ScheduleDefinition(
                job.brandId(),
                job.name(),
                job.jobType().wireName(),
                job.scheduleType().wireName(),
                job.cronExpression(),
                job.timezone(),
                job.scheduleType() == ScheduleType.ONE_TIME ? job.nextRunAt() : null,
                merged(job));
    }

    private static Map<String, Object> merged(ScheduledJob job) {
        if (job.jobType() != JobType.AD_CREATION) {
            return job.parameters();
        }
        var parameters = new java.util.HashMap<>(job.parameters());
        if (job.productId() != null) {
            parameters.putIfAbsent("product_id", job.productId().toString());
        }
        if (job.templateMode() != null) {
            parameters.putIfAbsent("template_mode", job.templateMode());
        }
        return parameters;
    }
}
