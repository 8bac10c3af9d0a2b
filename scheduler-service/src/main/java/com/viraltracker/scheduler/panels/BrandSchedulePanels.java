package com.viraltracker.scheduler.panels;

import com.viraltracker.events.JobType;
import com.viraltracker.events.parameters.FieldViolation;
import com.viraltracker.scheduler.schedule.ScheduleDefinition;
import com.viraltracker.scheduler.schedule.ScheduleRepository;
import com.viraltracker.scheduler.schedule.ScheduleService;
import com.viraltracker.scheduler.schedule.ScheduleStatus;
import com.viraltracker.scheduler.schedule.ScheduledJob;
import com.viraltracker.support.security.BrandAccess;
import com.viraltracker.support.web.FieldProblemException;
import com.viraltracker.support.web.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * One schedule of a given type per brand, managed as a panel: PUT creates or replaces it (and reactivates it),
 * GET shows it, DELETE removes it. When a brand has several (inserted by SQL), the panel manages the oldest.
 * Another brand's panel is not found, whether it exists or not.
 */
@Service
public class BrandSchedulePanels {
    private final ScheduleRepository repository;
    private final ScheduleService schedules;
    private final BrandAccess brandAccess;

    public BrandSchedulePanels(ScheduleRepository repository, ScheduleService schedules, BrandAccess brandAccess) {
        this.repository = repository;
        this.schedules = schedules;
        this.brandAccess = brandAccess;
    }

    public Mono<ScheduledJob> find(UUID brandId, JobType type) {
        return brandAccess
                .requireBrand(brandId, type.wireName() + " schedule of brand")
                .then(repository.findRecurringByBrandAndType(brandId, type).next())
                .switchIfEmpty(
                        Mono.error(() -> new NotFoundException(type.wireName() + " schedule of brand", brandId)));
    }

    public Mono<ScheduledJob> put(
            UUID brandId, JobType type, String name, DailyCron cron, String timezone, Map<String, Object> parameters) {
        ScheduleDefinition definition = new ScheduleDefinition(
                brandId, name, type.wireName(), "recurring", cron.expression(), timezone, null, parameters);
        return brandAccess
                .requireBrand(brandId, type.wireName() + " schedule of brand")
                .then(repository.findRecurringByBrandAndType(brandId, type).next())
                .flatMap(existing -> schedules
                        .update(existing.id(), definition)
                        .flatMap(updated -> updated.status() == ScheduleStatus.ACTIVE
                                ? Mono.just(updated)
                                : schedules.resume(updated.id())))
                .switchIfEmpty(Mono.defer(() -> schedules.create(definition)));
    }

    public Mono<Void> delete(UUID brandId, JobType type) {
        return find(brandId, type).flatMap(job -> schedules.delete(job.id()));
    }

    static DailyCron hourAndDay(Integer hour, String dayOfWeek, String timezone, List<FieldViolation> violations) {
        if (timezone != null) {
            try {
                com.viraltracker.scheduler.schedule.CronSchedule.parseZone(timezone);
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation("timezone", e.getMessage()));
            }
        }
        int checkedHour = 0;
        if (hour == null) {
            violations.add(new FieldViolation("hour", "is required"));
        } else if (hour < 0 || hour > 23) {
            violations.add(new FieldViolation("hour", "must be between 0 and 23"));
        } else {
            checkedHour = hour;
        }
        java.time.DayOfWeek day = null;
        if (dayOfWeek != null) {
            try {
                day = java.time.DayOfWeek.valueOf(dayOfWeek.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation("day_of_week", "must be a day such as MONDAY"));
            }
        }
        return new DailyCron(checkedHour, day);
    }

    static void throwIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new FieldProblemException(new ArrayList<>(violations));
        }
    }
}
