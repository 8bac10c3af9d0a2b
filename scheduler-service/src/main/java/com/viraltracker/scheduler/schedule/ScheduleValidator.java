package com.viraltracker.scheduler.schedule;

import com.viraltracker.events.JobType;
import com.viraltracker.events.parameters.AdCreationParameters;
import com.viraltracker.events.parameters.FieldViolation;
import com.viraltracker.events.parameters.InvalidParametersException;
import com.viraltracker.events.parameters.JobParameters;
import com.viraltracker.support.web.FieldProblemException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checks a whole {@link ScheduleDefinition} and reports every bad field at once, or turns it into the values to
 * store, including the first run time.
 */
public final class ScheduleValidator {
    public static final String DEFAULT_TIME_ZONE = "America/Los_Angeles";
    static final int MAX_NAME_LENGTH = 200;

    private ScheduleValidator() {}

    /** @throws FieldProblemException naming every bad field */
    public static NewSchedule validate(UUID id, ScheduleDefinition definition, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        if (definition.brandId() == null) {
            violations.add(new FieldViolation("brand_id", "is required"));
        }
        String name = definition.name() == null ? null : definition.name().trim();
        if (name == null || name.isEmpty()) {
            violations.add(new FieldViolation("name", "is required"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            violations.add(new FieldViolation("name", "must be at most " + MAX_NAME_LENGTH + " characters"));
        }
        JobType jobType = JobType.DEFAULT;
        if (definition.jobType() != null) {
            jobType = JobType.fromWireName(definition.jobType()).orElse(null);
            if (jobType == null) {
                violations.add(new FieldViolation("job_type", "must be one of " + List.of(JobType.wireNames())));
            }
        }
        ScheduleType scheduleType = scheduleType(definition, violations);
        String timezone = definition.timezone() == null || definition.timezone().isBlank()
                ? DEFAULT_TIME_ZONE
                : definition.timezone().trim();
        boolean zoneValid = true;
        try {
            CronSchedule.parseZone(timezone);
        } catch (IllegalArgumentException e) {
            zoneValid = false;
            violations.add(new FieldViolation("timezone", e.getMessage()));
        }
        Instant nextRunAt = null;
        String cron = definition.cronExpression() == null
                ? null
                : definition.cronExpression().trim();
        if (scheduleType == ScheduleType.RECURRING) {
            try {
                CronSchedule.parseExpression(cron);
                if (zoneValid) {
                    nextRunAt = CronSchedule.parse(cron, timezone).nextAfter(now);
                    if (nextRunAt == null) {
                        violations.add(new FieldViolation("cron_expression", "never fires"));
                    }
                }
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation("cron_expression", e.getMessage()));
            }
        } else if (scheduleType == ScheduleType.ONE_TIME) {
            if (definition.runAt() == null) {
                violations.add(new FieldViolation("run_at", "is required for a one_time schedule"));
            }
            nextRunAt = definition.runAt();
            cron = null;
        }
        Map<String, Object> parameters = definition.parameters() == null ? Map.of() : definition.parameters();
        UUID productId = null;
        String templateMode = null;
        if (jobType != null) {
            try {
                JobParameters typed = JobParameters.parse(jobType, definition.brandId(), parameters);
                if (typed instanceof AdCreationParameters adCreation) {
                    productId = adCreation.productId();
                    templateMode = adCreation.templateMode().wireName();
                }
            } catch (InvalidParametersException e) {
                e.violations().forEach(v -> violations.add(new FieldViolation("parameters." + v.field(), v.reason())));
            }
        }
        if (!violations.isEmpty()) {
            throw new FieldProblemException(violations);
        }
        return new NewSchedule(
                id,
                definition.brandId(),
                productId,
                templateMode,
                name,
                jobType,
                scheduleType,
                cron,
                timezone,
                nextRunAt,
                parameters);
    }

    private static ScheduleType scheduleType(ScheduleDefinition definition, List<FieldViolation> violations) {
        if (definition.scheduleType() == null || definition.scheduleType().isBlank()) {
            return definition.runAt() != null && definition.cronExpression() == null
                    ? ScheduleType.ONE_TIME
                    : ScheduleType.RECURRING;
        }
        try {
            return ScheduleType.of(definition.scheduleType().trim());
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation("schedule_type", e.getMessage()));
            return null;
        }
    }
}
