package com.viraltracker.scheduler.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.JobType;
import com.viraltracker.events.parameters.AdCreationParameters;
import com.viraltracker.events.request.AdCreationRequested;
import com.viraltracker.scheduler.schedule.ScheduleType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The planner alone, with no database: what each kind of due schedule turns into. */
class DispatchPlannerTest {
    private static final Instant NOW = Instant.parse("2026-01-12T14:00:30Z");
    private static final Instant DUE = Instant.parse("2026-01-12T14:00:00Z");
    private static final Instant NEXT_HOUR = Instant.parse("2026-01-12T15:00:00Z");
    private static final String HOURLY = "0 * * * *";
    private static final UUID SCHEDULE = UUID.fromString("1d6b1e4a-2f55-4e1b-8d2c-9a7b6c5d4e3f");
    private static final UUID BRAND = UUID.fromString("bc8461a8-232d-4765-8775-c75eaafc5503");
    private static final UUID PRODUCT = UUID.fromString("9b2e4c1d-7a3f-4b6e-8c5d-1e2f3a4b5c6d");

    private final DispatchPlanner planner = new DispatchPlanner(OccurrenceRunIds::of);

    @Test
    void a_due_hourly_job_gets_a_pending_run_to_publish_and_moves_on_to_the_next_hour() {
        DispatchPlan plan = planner.plan(List.of(due(ScheduleType.RECURRING, HOURLY, DUE, Map.of())), NOW);

        DispatchPlan.NewRun run = plan.runs().get(0);
        assertThat(run.id()).isEqualTo(OccurrenceRunIds.of(SCHEDULE, DUE));
        assertThat(run.jobId()).isEqualTo(SCHEDULE);
        assertThat(run.brandId()).isEqualTo(BRAND);
        assertThat(run.jobType()).isEqualTo("ad_creation");
        assertThat(run.scheduledFor()).isEqualTo(DUE);
        assertThat(run.trigger()).isEqualTo("schedule");
        assertThat(run.status()).isEqualTo("pending");
        assertThat(run.parametersJson()).contains("\"product_id\":\"" + PRODUCT + "\"");
        assertThat(run.errorCategory()).isNull();
        assertThat(run.errorMessage()).isNull();
        assertThat(run.finishedAt()).isNull();
        AdCreationRequested request = (AdCreationRequested) run.request();
        assertThat(request.runId()).isEqualTo(run.id());
        assertThat(request.parameters().productId()).isEqualTo(PRODUCT);
        assertMovedOn(plan.advances().get(0), NEXT_HOUR, "active");
    }

    @Test
    void bad_parameters_make_a_failed_run_that_the_schedule_shows_as_its_last_run() {
        DispatchPlan plan =
                planner.plan(List.of(due(ScheduleType.RECURRING, HOURLY, DUE, Map.of("num_variations", 0))), NOW);

        DispatchPlan.NewRun run = plan.runs().get(0);
        assertThat(run.toPublish()).isFalse();
        assertThat(run.status()).isEqualTo("failed");
        assertThat(run.trigger()).isEqualTo("schedule");
        assertThat(run.errorCategory()).isEqualTo("INVALID_INPUT");
        assertThat(run.errorMessage())
                .contains("num_variations: must be between 1 and " + AdCreationParameters.MAX_NUM_VARIATIONS)
                .endsWith("; fix the schedule's parameters");
        assertThat(run.finishedAt()).isEqualTo(NOW);
        DispatchPlan.Advance advance = plan.advances().get(0);
        assertThat(advance.nextRunAt()).isEqualTo(NEXT_HOUR);
        assertThat(advance.status()).isEqualTo("active");
        assertThat(advance.lastRunStatus()).isEqualTo("failed");
        assertThat(advance.lastError()).isEqualTo(run.errorMessage());
        assertThat(advance.lastRunAt()).isEqualTo(NOW);
        assertThat(advance.lastRunId()).isEqualTo(run.id());
        assertThat(advance.lastRunScheduledFor()).isEqualTo(DUE);
    }

    @Test
    void an_invalid_cron_pauses_the_schedule_keeps_its_next_run_time_and_runs_nothing() {
        DispatchPlan plan = planner.plan(List.of(due(ScheduleType.RECURRING, "61 * * * *", DUE, Map.of())), NOW);

        assertThat(plan.runs()).isEmpty();
        DispatchPlan.Advance advance = plan.advances().get(0);
        assertThat(advance.id()).isEqualTo(SCHEDULE);
        assertThat(advance.nextRunAt()).isEqualTo(DUE);
        assertThat(advance.status()).isEqualTo("paused");
        assertThat(advance.lastRunStatus()).isEqualTo("failed");
        assertThat(advance.lastError()).startsWith("schedule paused: ").contains("(cron '61 * * * *'");
        assertThat(advance.lastRunAt()).isEqualTo(NOW);
        assertThat(advance.lastRunId()).isNull();
        assertThat(advance.lastRunScheduledFor()).isNull();
    }

    @Test
    void a_job_without_a_first_run_time_gets_one_from_its_cron_and_runs_nothing_yet() {
        DispatchPlan plan = planner.plan(List.of(due(ScheduleType.RECURRING, HOURLY, null, Map.of())), NOW);

        assertThat(plan.runs()).isEmpty();
        assertMovedOn(plan.advances().get(0), Instant.parse("2026-01-12T15:00:00Z"), "active");
    }

    @Test
    void a_one_time_job_runs_once_and_completes() {
        DispatchPlan plan = planner.plan(List.of(due(ScheduleType.ONE_TIME, null, DUE, Map.of())), NOW);

        assertThat(plan.runs())
                .singleElement()
                .satisfies(run -> assertThat(run.toPublish()).isTrue());
        assertMovedOn(plan.advances().get(0), null, "completed");
    }

    /** An ad creation job as the seed stores it: product and template mode in their own columns. */
    private static DueSchedule due(ScheduleType type, String cron, Instant nextRunAt, Map<String, Object> parameters) {
        return new DueSchedule(
                SCHEDULE, BRAND, JobType.AD_CREATION, type, cron, "UTC", nextRunAt, parameters, PRODUCT, "random");
    }

    /** Moved on without touching what the schedule shows as its last run. */
    private static void assertMovedOn(DispatchPlan.Advance advance, Instant next, String status) {
        assertThat(advance.id()).isEqualTo(SCHEDULE);
        assertThat(advance.nextRunAt()).isEqualTo(next);
        assertThat(advance.status()).isEqualTo(status);
        assertThat(advance.lastRunStatus()).isNull();
        assertThat(advance.lastError()).isNull();
        assertThat(advance.lastRunAt()).isNull();
        assertThat(advance.lastRunId()).isNull();
        assertThat(advance.lastRunScheduledFor()).isNull();
    }
}
