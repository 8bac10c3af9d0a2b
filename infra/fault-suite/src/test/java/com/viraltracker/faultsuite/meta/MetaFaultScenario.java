package com.viraltracker.faultsuite.meta;

import com.viraltracker.faultsuite.flow.Brands;
import com.viraltracker.faultsuite.report.Report;
import com.viraltracker.faultsuite.stack.FaultStack;
import com.viraltracker.faultsuite.stack.Pause;
import com.viraltracker.graphsim.Fault;
import com.viraltracker.graphsim.GraphSimulator;
import com.viraltracker.graphsim.InsightRow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Scenario 5: meta_sync runs against a simulated account with Graph API faults injected. Each run must back off and
 * succeed, or fail with the right category; the account's stored days must be whole and equal to Meta's numbers.
 */
public final class MetaFaultScenario {
    private static final int DAYS_BACK = 7;
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(150);

    private final FaultStack stack;
    private final Report.Section report;

    public MetaFaultScenario(FaultStack stack, Report report) {
        this.stack = stack;
        this.report = report.section("5. Meta faults through the Graph API simulator");
    }

    /** One case's end: the run's status and category, and stored days that are partial or differ from Meta's. */
    public record Result(
            String name,
            String expectedStatus,
            String expectedCategory,
            String status,
            String category,
            Duration took,
            long graphCalls,
            List<String> inconsistentDays) {
        public boolean asExpected() {
            return expectedStatus.equals(status) && java.util.Objects.equals(expectedCategory, category);
        }
    }

    public List<Result> run() {
        List<Result> results = new ArrayList<>();
        for (MetaFaultCase fault : MetaFaultCase.all()) {
            Brands.Brand brand = Brands.create(stack);
            results.add(run(fault, brand));
        }
        results.forEach(r -> report.figure(
                r.name(),
                r.status() + (r.category() == null ? "" : " " + r.category())
                        + " after " + Report.seconds(r.took()) + ", " + r.graphCalls() + " Graph calls, "
                        + (r.inconsistentDays().isEmpty()
                                ? "stored days whole and equal to Meta's"
                                : "**inconsistent days " + r.inconsistentDays() + "**")));
        return results;
    }

    private Result run(MetaFaultCase fault, Brands.Brand brand) {
        GraphSimulator simulator = stack.simulator;
        String account = brand.adAccountId();
        fault.faults().forEach(f -> simulator.injectFault(account, f));
        if (fault.usagePercent() > 0) {
            simulator.usage(account, fault.usagePercent());
        }
        if (fault.expiresMidSync()) {
            // The first page answers slowly, and the token expires while it is on its way.
            simulator.injectFault(
                    account,
                    Fault.slow(Duration.ofSeconds(2)).on(Fault.Scope.INSIGHTS).times(1));
        }
        long callsBefore = simulator.callCount(account);
        Instant started = Instant.now();
        String job = stack.sql.text("INSERT INTO scheduled_jobs (brand_id, name, job_type, schedule_type, next_run_at, "
                + "parameters) VALUES ('" + brand.id() + "', 'meta fault', 'meta_sync', 'one_time', now(), "
                + "'{\"days_back\": " + DAYS_BACK + "}') RETURNING id");
        if (fault.expiresMidSync()) {
            awaitFirstInsightsCall(account);
            simulator.injectFault(account, Fault.expiredToken().on(Fault.Scope.INSIGHTS));
        }
        List<String> run = awaitFinished(job);
        Duration took = Duration.between(started, Instant.now());
        simulator.clearFaults(account);
        simulator.usage(account, 0);
        return new Result(
                fault.name(),
                fault.expectedStatus(),
                fault.expectedCategory(),
                run.get(0),
                run.get(1),
                took,
                simulator.callCount(account) - callsBefore,
                inconsistentDays(account));
    }

    private void awaitFirstInsightsCall(String account) {
        Instant deadline = Instant.now().plus(RUN_TIMEOUT);
        while (Instant.now().isBefore(deadline)
                && stack.simulator.calls(account).stream()
                        .noneMatch(c -> c.path().endsWith("/insights"))) {
            Pause.millis(50);
        }
    }

    private List<String> awaitFinished(String job) {
        Instant deadline = Instant.now().plus(RUN_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            List<List<String>> rows = stack.sql.rows("SELECT status, error_category FROM job_runs WHERE job_id = '"
                    + job + "' AND status IN ('succeeded', 'failed', 'timed_out')");
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            Pause.millis(300);
        }
        return List.of("not finished", "");
    }

    /**
     * Days stored for the account that are not whole (fewer rows than the account has ads) or whose spend differs
     * from the simulator's ground truth.
     */
    private List<String> inconsistentDays(String account) {
        Map<String, List<String>> stored = new TreeMap<>();
        stack.sql
                .rows("SELECT date::text, count(*), sum(spend)::text FROM meta_ads_performance WHERE ad_account_id = "
                        + "'act_" + account + "' GROUP BY date")
                .forEach(row -> stored.put(row.get(0), row.subList(1, 3)));
        LocalDate today = stack.simulator.today(account);
        Map<String, java.math.BigDecimal> truth =
                stack.simulator.groundTruth(account, today.minusDays(DAYS_BACK + 1), today).stream()
                        .collect(Collectors.groupingBy(
                                r -> r.date().toString(),
                                Collectors.reducing(
                                        java.math.BigDecimal.ZERO, InsightRow::spend, java.math.BigDecimal::add)));
        List<String> bad = new ArrayList<>();
        stored.forEach((day, values) -> {
            boolean whole = Long.parseLong(values.get(0)) == Brands.ADS_PER_ACCOUNT;
            java.math.BigDecimal expected = truth.get(day);
            boolean equal = expected != null && expected.compareTo(new java.math.BigDecimal(values.get(1))) == 0;
            if (!whole || !equal) {
                bad.add(day + " (" + values.get(0) + " rows, spend " + values.get(1) + " vs " + expected + ")");
            }
        });
        return bad;
    }
}
