package com.viraltracker.metasync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.metasync.MetaSyncIntegrationTest;
import com.viraltracker.metasync.TestGraphSimulator;
import com.viraltracker.metasync.graph.CallStats;
import com.viraltracker.metasync.graph.GraphCalls;
import com.viraltracker.metasync.graph.GraphContexts;
import com.viraltracker.metasync.graph.GraphProperties;
import com.viraltracker.metasync.graph.InsightsReader;
import com.viraltracker.metasync.graph.InsightsRequest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Measures what a steady-state daily sync ({@code days_back} 7, a 28-day window) costs in Graph API calls and rows
 * under each way of re-reading the window, at the production page size and async threshold; the figures are in
 * the README's "Restatement" section. A measurement, not a check: run it with {@code -Dmeasure.restatement=true}.
 */
@EnabledIfSystemProperty(named = "measure.restatement", matches = "true")
class RestatementCostTest extends MetaSyncIntegrationTest {
    private static final int DAYS_BACK = 7;
    private static final int WINDOW = 28;

    @Autowired
    GraphCalls calls;

    @Autowired
    GraphContexts contexts;

    @Autowired
    GraphProperties properties;

    /** One way to choose the day ranges a daily sync reads. */
    private record Plan(String name, List<int[]> agesRead) {}

    @Test
    void graph_calls_and_rows_per_daily_sync() {
        InsightsReader reader = productionReader();
        List<Plan> plans = List.of(
                new Plan("days_back only (no restatement)", List.of(new int[] {DAYS_BACK - 1, 0})),
                new Plan("whole window, one range", List.of(new int[] {WINDOW, 0})),
                new Plan(
                        "days_back plus the day turning 28",
                        List.of(new int[] {DAYS_BACK - 1, 0}, new int[] {WINDOW, WINDOW})));
        System.out.printf("%-36s %6s %8s %8s%n", "plan", "ads", "calls", "rows");
        for (int ads : new int[] {10, 50, 200, 1000}) {
            String id = TestGraphSimulator.newAccountId();
            simulator.account(AccountSpec.of(id).withAds(10, 1, Math.max(1, ads / 10)));
            LocalDate today = simulator.today(id);
            for (Plan plan : plans) {
                long callsBefore = simulator.callCount(id);
                long rows = 0;
                long daysRead = 0;
                for (int[] ages : plan.agesRead()) {
                    daysRead += ages[0] - ages[1] + 1;
                    var request = new InsightsRequest(
                            contexts.forAccount(null),
                            "act_" + id,
                            today.minusDays(ages[0]),
                            today.minusDays(ages[1]),
                            new CallStats());
                    rows += reader.read(request, page -> {});
                }
                System.out.printf("%-36s %6d %8d %8d%n", plan.name(), ads, simulator.callCount(id) - callsBefore, rows);
                // The figures count a whole read: every ad's row of every day the plan asks for.
                assertThat(rows).as(plan.name() + ", " + ads + " ads").isEqualTo(ads * daysRead);
            }
        }
    }

    private InsightsReader productionReader() {
        return ProductionReader.of(properties, calls);
    }
}
