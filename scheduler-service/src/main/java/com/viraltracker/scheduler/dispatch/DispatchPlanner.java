package com.viraltracker.scheduler.dispatch;

import com.viraltracker.events.JobDescriptors;
import com.viraltracker.events.parameters.BrandRule;
import com.viraltracker.events.parameters.InvalidParametersException;
import com.viraltracker.events.parameters.JobParameters;
import com.viraltracker.events.request.JobRequested;
import com.viraltracker.events.serde.EventJson;
import com.viraltracker.scheduler.schedule.CronSchedule;
import com.viraltracker.scheduler.schedule.JobParametersAssembler;
import com.viraltracker.scheduler.schedule.Occurrences;
import com.viraltracker.scheduler.schedule.ScheduleType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Decides, for schedules found due at {@code now}, which run each gets and when it is due next. Pure: the
 * claimer does the I/O. Rows inserted by plain SQL are trusted no further than REST input: a bad cron pauses
 * the schedule with a readable error, bad parameters make a failed run instead of a message no worker can use.
 */
class DispatchPlanner {
    static final String SKIPPED_OCCURRENCES = "skipped_occurrences";

    private final BiFunction<UUID, Instant, UUID> runIds;

    /** @param runIds the run id of an occurrence, from its schedule's id and due time */
    DispatchPlanner(BiFunction<UUID, Instant, UUID> runIds) {
        this.runIds = runIds;
    }

    DispatchPlan plan(List<DueSchedule> due, Instant now) {
        List<DispatchPlan.NewRun> runs = new ArrayList<>();
        List<DispatchPlan.Advance> advances = new ArrayList<>();
        for (DueSchedule job : due) {
            planOne(job, now, runs, advances);
        }
        return new DispatchPlan(runs, advances);
    }

    private void planOne(
            DueSchedule job, Instant now, List<DispatchPlan.NewRun> runs, List<DispatchPlan.Advance> advances) {
        boolean recurring = job.scheduleType() == ScheduleType.RECURRING;
        CronSchedule cron = null;
        if (recurring) {
            try {
                cron = CronSchedule.parse(job.cronExpression(), job.timezone());
            } catch (IllegalArgumentException e) {
                advances.add(DispatchPlan.Advance.pause(
                        job,
                        "schedule paused: " + e.getMessage() + " (cron '" + job.cronExpression() + "', time zone '"
                                + job.timezone() + "'); fix it and resume the schedule",
                        now));
                return;
            }
        }
        if (job.nextRunAt() == null) {
            // Inserted without a first run time: plan it from the cron, run nothing yet.
            advances.add(DispatchPlan.Advance.moveOn(job, cron.nextAfter(now)));
            return;
        }
        Instant scheduledFor = job.nextRunAt();
        Instant next = null;
        Map<String, Object> summary = Map.of();
        if (recurring) {
            Occurrences occurrences = Occurrences.after(cron, scheduledFor, now);
            next = occurrences.next();
            if (occurrences.skipped() > 0) {
                summary = Map.of(SKIPPED_OCCURRENCES, occurrences.skipped());
            }
        }
        UUID runId = runIds.apply(job.id(), scheduledFor);
        try {
            JobParameters parameters = JobParametersAssembler.assemble(
                    job.jobType(), job.brandId(), job.parameters(), job.productId(), job.templateMode());
            JobRequested request = JobDescriptors.of(job.jobType())
                    .request(runId, job.id(), job.brandId(), scheduledFor, 1, parameters);
            runs.add(DispatchPlan.NewRun.pending(request, json(parameters), json(summary)));
            advances.add(DispatchPlan.Advance.moveOn(job, next));
        } catch (InvalidParametersException e) {
            String message = e.getMessage() + "; fix the schedule's parameters";
            var failed = DispatchPlan.NewRun.invalidParameters(
                    runId, job, scheduledFor, json(storable(job)), json(summary), message, now);
            runs.add(failed);
            advances.add(DispatchPlan.Advance.moveOnAfterFailure(job, next, failed));
        }
    }

    /**
     * The schedule's parameters, kept on its failed run to show what failed, less a brand_id of another brand:
     * job_runs refuses that (constraint job_runs_parameters_brand_id_is_brand_id) and the message names it anyway.
     */
    private static Map<String, Object> storable(DueSchedule job) {
        if (BrandRule.check(job.brandId(), job.parameters()).isEmpty()) {
            return job.parameters();
        }
        Map<String, Object> parameters = new HashMap<>(job.parameters());
        parameters.remove(BrandRule.PARAMETER);
        return parameters;
    }

    /**
     * A run's jsonb column as text, written once here (parameters are not turned into a map and written again);
     * most runs have no summary, and "{}" needs no serializer.
     */
    private static String json(Object value) {
        return value == null || value instanceof Map<?, ?> map && map.isEmpty()
                ? "{}"
                : EventJson.mapper().writeValueAsString(value);
    }
}
