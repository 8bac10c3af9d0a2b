package com.viraltracker.scheduler.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.JobType;
import com.viraltracker.scheduler.schedule.ScheduleType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The table's constraint keeps rows naming another brand out; a row that got past it anyway (a constraint dropped
 * by hand) must still never reach a worker, and its failed run must be one job_runs accepts.
 */
class DispatchPlannerBrandRuleTest {
    private static final Instant NOW = Instant.parse("2026-02-02T14:00:00Z");
    private final DispatchPlanner planner = new DispatchPlanner(OccurrenceRunIds::of);

    @Test
    void a_due_schedule_whose_parameters_name_another_brand_becomes_a_failed_run_naming_brand_id() {
        UUID brand = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        DispatchPlan plan =
                planner.plan(List.of(due(brand, Map.of("days_back", 3, "brand_id", other.toString()))), NOW);
        DispatchPlan.NewRun run = plan.runs().get(0);
        assertThat(run.status()).isEqualTo("failed");
        assertThat(run.request()).isNull();
        assertThat(run.errorCategory()).isEqualTo("INVALID_INPUT");
        assertThat(run.errorMessage()).contains("brand_id: names another brand than brand_id " + brand);
        assertThat(run.parametersJson()).contains("days_back").doesNotContain(other.toString());
    }

    @Test
    void a_due_schedule_repeating_its_own_brand_is_dispatched_for_it() {
        UUID brand = UUID.randomUUID();
        DispatchPlan plan = planner.plan(List.of(due(brand, Map.of("brand_id", brand.toString()))), NOW);
        DispatchPlan.NewRun run = plan.runs().get(0);
        assertThat(run.status()).isEqualTo("pending");
        assertThat(run.request().brandId()).isEqualTo(brand);
    }

    private static DueSchedule due(UUID brand, Map<String, Object> parameters) {
        return new DueSchedule(
                UUID.randomUUID(),
                brand,
                JobType.META_SYNC,
                ScheduleType.RECURRING,
                "0 6 * * *",
                "America/Los_Angeles",
                NOW.minusSeconds(60),
                parameters,
                null,
                null);
    }
}
