package com.viraltracker.faultsuite.flow;

import com.viraltracker.faultsuite.stack.Pause;
import com.viraltracker.faultsuite.stack.Sql;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A batch of one-time jobs of the three types, spread over a window so they flow through the services while the
 * suite breaks things, and the questions the promises ask about them. Its jobs are named {@code <tag> <n>}.
 */
public final class Workload {
    private final Sql sql;
    private final String tag;
    private final int runs;

    private Workload(Sql sql, String tag, int runs) {
        this.sql = sql;
        this.tag = tag;
        this.runs = runs;
    }

    /**
     * Schedules {@code runs} jobs, due evenly over {@code window} from now, round robin over the types meta_sync,
     * scorecard, ad_creation, and over the brands after each round of the three, so every brand gets every type. Small runs: a 1-day sync, a 1-day scorecard, one ad variation.
     */
    public static Workload schedule(Sql sql, String tag, int runs, Duration window, List<Brands.Brand> brands) {
        insert(sql, tag, 0, runs, window, brands);
        return new Workload(sql, tag, runs);
    }

    /** This workload and {@code more} runs of the same kinds, due evenly over {@code window} from now. */
    public Workload andMore(int more, Duration window, List<Brands.Brand> brands) {
        insert(sql, tag, runs, more, window, brands);
        return new Workload(sql, tag, runs + more);
    }

    /** Inserts the jobs numbered {@code from} to {@code from + runs - 1}. */
    private static void insert(Sql sql, String tag, int from, int runs, Duration window, List<Brands.Brand> brands) {
        StringBuilder values = new StringBuilder();
        for (int n = from; n < from + runs; n++) {
            Brands.Brand brand = brands.get((n / 3) % brands.size());
            long dueInMillis = window.toMillis() * (n - from) / runs;
            String due = "now() + interval '" + dueInMillis + " milliseconds'";
            String name = "'" + tag + " " + n + "'";
            String row = switch (n % 3) {
                case 0 ->
                    "('" + brand.id() + "', null, null, " + name + ", 'meta_sync', " + due + ", '{\"days_back\": 1}')";
                case 1 ->
                    "('" + brand.id() + "', null, null, " + name + ", 'scorecard', " + due
                            + ", '{\"days_back\": 1, \"min_spend\": 0}')";
                default ->
                    "('" + brand.id() + "', '" + brand.productId() + "', 'random', " + name
                            + ", 'ad_creation', " + due + ", '{\"product_id\": \"" + brand.productId()
                            + "\", \"template_mode\": \"random\", \"num_variations\": 1}')";
            };
            values.append(values.isEmpty() ? "" : ",\n").append(row);
        }
        sql.execute("INSERT INTO scheduled_jobs (brand_id, product_id, template_mode, name, job_type, schedule_type, "
                + "next_run_at, parameters) SELECT brand_id::uuid, product_id::uuid, template_mode, name, job_type, "
                + "'one_time', next_run_at, "
                + "parameters::jsonb FROM (VALUES " + values + ") AS v(brand_id, product_id, template_mode, name, "
                + "job_type, next_run_at, parameters)");
    }

    public int runs() {
        return runs;
    }

    private String jobs() {
        return "(SELECT id FROM scheduled_jobs WHERE name LIKE '" + tag + " %')";
    }

    private String workloadRuns() {
        return "job_runs WHERE job_id IN " + jobs();
    }

    /** Runs in succeeded, failed or timed_out. */
    public long terminal() {
        return sql.number(
                "SELECT count(*) FROM " + workloadRuns() + " AND status IN ('succeeded','failed','timed_out')");
    }

    /** Runs of the type (any type when null) a worker finished at or after {@code since}, by its own clock. */
    public long finishedSince(String jobType, Instant since) {
        return sql.number(
                "SELECT count(*) FROM " + workloadRuns() + (jobType == null ? "" : " AND job_type = '" + jobType + "'")
                        + " AND status IN ('succeeded','failed') AND finished_at >= '" + since + "'");
    }

    /** Where the workload stands now on every promise a flow keeps. */
    public FlowTally tally() {
        return new FlowTally(
                runs,
                byStatus(),
                terminal(),
                jobsWithoutRun(),
                occurrencesDispatchedTwice(),
                duplicatePerformanceRows(),
                duplicateScorecards(),
                duplicateGeneratedAds(),
                failures(10));
    }

    /** Run counts by status. */
    public Map<String, Long> byStatus() {
        Map<String, Long> counts = new TreeMap<>();
        sql.rows("SELECT status, count(*) FROM " + workloadRuns() + " GROUP BY status")
                .forEach(row -> counts.put(row.get(0), Long.parseLong(row.get(1))));
        return counts;
    }

    /** Failed runs as category: message, for the report when something failed. */
    public List<String> failures(int limit) {
        return sql
                .rows("SELECT job_type || ' ' || coalesce(error_category, '') || ': ' || coalesce(error_message, '') "
                        + "FROM " + workloadRuns() + " AND status <> 'succeeded' LIMIT " + limit)
                .stream()
                .map(row -> row.get(0))
                .toList();
    }

    /** Waits until every job has a terminal run, or the timeout passes; returns how long it took. */
    public Duration awaitAllTerminal(Duration timeout) {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        while (terminal() < runs && Instant.now().isBefore(deadline)) {
            Pause.millis(1000);
        }
        return Duration.between(start, Instant.now());
    }

    /** Jobs with no run at all: occurrences lost. */
    public long jobsWithoutRun() {
        return sql.number("SELECT count(*) FROM scheduled_jobs j WHERE name LIKE '" + tag + " %' "
                + "AND NOT EXISTS (SELECT 1 FROM job_runs r WHERE r.job_id = j.id)");
    }

    /** One-time jobs with more than one run, or occurrences with more than one run: dispatched twice. */
    public long occurrencesDispatchedTwice() {
        return sql.number("SELECT count(*) FROM (SELECT job_id FROM " + workloadRuns()
                + " GROUP BY job_id HAVING count(*) > 1) AS twice");
    }

    /** Performance rows sharing a natural key (ad account, ad, day), and days holding more rows than the account has ads. */
    public long duplicatePerformanceRows() {
        return sql.number("SELECT (SELECT count(*) FROM (SELECT 1 FROM meta_ads_performance GROUP BY ad_account_id, "
                + "ad_id, date HAVING count(*) > 1) AS same_key) + (SELECT count(*) FROM (SELECT 1 FROM "
                + "meta_ads_performance GROUP BY ad_account_id, date HAVING count(*) > " + Brands.ADS_PER_ACCOUNT
                + ") AS crowded_days)");
    }

    /** Scorecards beyond one per succeeded scorecard run, or belonging to no run of the workload's succeeded ones. */
    public long duplicateScorecards() {
        return sql.number("SELECT abs((SELECT count(*) FROM scorecards WHERE run_id IN (SELECT id FROM "
                + workloadRuns() + ")) - (SELECT count(*) FROM " + workloadRuns()
                + " AND job_type = 'scorecard' AND status = 'succeeded'))");
    }

    /** Generated ads beyond one per succeeded ad-creation run (each asked for one variation). */
    public long duplicateGeneratedAds() {
        return sql.number("SELECT abs((SELECT count(*) FROM generated_ads WHERE run_id IN (SELECT id FROM "
                + workloadRuns() + ")) - (SELECT count(*) FROM " + workloadRuns()
                + " AND job_type = 'ad_creation' AND status = 'succeeded'))");
    }
}
