package com.viraltracker.benchmarks.dispatch;

import com.viraltracker.benchmarks.Sizes;
import com.viraltracker.benchmarks.env.Bench;
import com.viraltracker.benchmarks.report.Figure;
import com.viraltracker.benchmarks.report.Percentiles;
import com.viraltracker.benchmarks.report.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Scenario 1 (dispatch throughput: ours, db-scheduler, the SQL ceiling) and scenario 2 (lateness). */
public final class DispatchScenario {
    private final Bench bench;
    private final Sizes sizes;

    public DispatchScenario(Bench bench, Sizes sizes) {
        this.bench = bench;
        this.sizes = sizes;
    }

    /** Runs against a scheduler-service already running on the bench database. */
    public Section throughput() throws Exception {
        int jobs = sizes.dispatchJobs();
        int warmUp = Math.max(1, jobs / 10);
        Section section = new Section(
                "dispatch",
                "1. Dispatch throughput: " + String.format(Locale.ROOT, "%,d", jobs) + " one-time jobs due at once");
        var ours = new SchedulerDispatch(bench.database());
        ours.round(warmUp);
        List<Throughput> ourRounds = rounds(ours::round, jobs);
        ours.clear();

        var ceiling = new ClaimLoopCeiling(bench.database());
        ceiling.round(warmUp);
        List<Throughput> ceilingRounds = rounds(ceiling::round, jobs);

        List<Throughput> dbSchedulerRounds;
        try (var producer = bench.eventProducer();
                var dbScheduler = new DbSchedulerDispatch(bench.database(), producer, sizes.dbSchedulerThreads())) {
            dbScheduler.round(warmUp);
            dbSchedulerRounds = rounds(dbScheduler::round, jobs);
        }

        Figure our = section.add(Figure.of(
                "ours_jobs_per_s",
                "viraltracker scheduler-service (claim → publish, " + "acked → commit)",
                "jobs/s",
                perSecond(ourRounds)));
        Figure db = section.add(Figure.of(
                "db_scheduler_jobs_per_s",
                "db-scheduler " + "16.12.0, lock-and-fetch, " + sizes.dbSchedulerThreads()
                        + " threads, task publishes and waits for the ack",
                "jobs/s",
                perSecond(dbSchedulerRounds)));
        Figure bare = section.add(Figure.of(
                "ceiling_rows_per_s",
                "bare SQL claim loop (SKIP LOCKED batches of 500 + " + "history insert, no Kafka)",
                "rows/s",
                perSecond(ceilingRounds)));
        for (var named : List.of(
                new Named("ours", ourRounds),
                new Named("db-scheduler", dbSchedulerRounds),
                new Named("ceiling", ceilingRounds))) {
            long duplicates =
                    named.rounds().stream().mapToLong(Throughput::duplicates).sum();
            long missing =
                    named.rounds().stream().mapToLong(Throughput::missing).sum();
            section.check(
                    "Dispatch " + named.name() + ": exactly once",
                    "0 duplicates, 0 missing",
                    duplicates + " duplicates, " + missing + " missing",
                    duplicates == 0 && missing == 0);
        }
        double vsDbScheduler = our.median() / db.median();
        double vsCeiling = our.median() / bare.median();
        section.ratio("ours / db-scheduler", vsDbScheduler);
        section.ratio("ours / bare SQL ceiling", vsCeiling);
        section.check(
                "Dispatch vs db-scheduler",
                "≥ 10×",
                String.format(Locale.ROOT, "%.1f×", vsDbScheduler),
                vsDbScheduler >= 10);
        section.check(
                "Dispatch vs bare SQL ceiling",
                "≥ 50%",
                String.format(Locale.ROOT, "%.0f%%", vsCeiling * 100),
                vsCeiling >= 0.5);
        section.note("Each round starts when the INSERT that makes the jobs due commits and ends when the broker "
                + "appended the last event (its LogAppendTime); every event is consumed and counted by run id. "
                + "Batches of 500 for ours and the ceiling; an unmeasured warm-up round of " + warmUp
                + " jobs precedes each.");
        return section;
    }

    public Section lateness() throws Exception {
        var lateness = new Lateness(bench.database());
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        List<Double> max = new ArrayList<>();
        for (int round = 0; round < sizes.latenessRounds(); round++) {
            long[] sorted = lateness.round(sizes.latenessSeconds(), sizes.latenessPerSecond());
            p50.add((double) Percentiles.nearestRank(sorted, 50));
            p99.add((double) Percentiles.nearestRank(sorted, 99));
            max.add((double) sorted[sorted.length - 1]);
        }
        bench.database().execute("TRUNCATE scheduler.job_runs, scheduler.scheduled_jobs");
        Section section = new Section(
                "lateness",
                "2. Lateness: " + sizes.latenessSeconds() + " s of "
                        + String.format(Locale.ROOT, "%,d", sizes.latenessPerSecond()) + " occurrences/s becoming due");
        section.add(Figure.of("p50_ms", "p50, due time → appended on Kafka", "ms", p50));
        Figure p99Figure = section.add(Figure.of("p99_ms", "p99", "ms", p99));
        section.add(Figure.of("max_ms", "max", "ms", max));
        section.check(
                "Lateness p99",
                "≤ 100 ms",
                String.format(Locale.ROOT, "%.0f ms", p99Figure.median()),
                p99Figure.median() <= 100);
        section.note("For comparison, db-scheduler's default polling interval is 10 s: an execution becomes due "
                + "up to 10 s before it is even picked.");
        return section;
    }

    private List<Throughput> rounds(Round round, int jobs) throws Exception {
        List<Throughput> results = new ArrayList<>();
        for (int i = 0; i < sizes.rounds(); i++) {
            results.add(round.run(jobs));
        }
        return results;
    }

    private static List<Double> perSecond(List<Throughput> rounds) {
        Function<Throughput, Double> rate = Throughput::perSecond;
        return rounds.stream().map(rate).toList();
    }

    @FunctionalInterface
    private interface Round {
        Throughput run(int jobs) throws Exception;
    }

    private record Named(String name, List<Throughput> rounds) {}
}
