package com.viraltracker.benchmarks.dispatch;

import com.viraltracker.benchmarks.Sizes;
import com.viraltracker.benchmarks.env.Bench;
import com.viraltracker.benchmarks.env.Service;
import com.viraltracker.benchmarks.report.Figure;
import com.viraltracker.benchmarks.report.Percentiles;
import com.viraltracker.benchmarks.report.Section;
import com.viraltracker.testing.process.ServiceProcess;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
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

    /** db-scheduler's sweep: executor threads × producer linger (ms). */
    private static final List<Integer> DB_SCHEDULER_THREADS = List.of(16, 32, 64, 96);

    private static final List<Integer> DB_SCHEDULER_LINGER_MS = List.of(0, 5);
    /** Connections left to everyone else (the services, the benchmark's own, other users of the server). */
    private static final int CONNECTIONS_SPARED = 10;

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

        List<Throughput> twoInstanceRounds;
        try (ServiceProcess second = bench.start(Service.SCHEDULER)) {
            ours.round(warmUp);
            twoInstanceRounds = rounds(ours::round, jobs);
            ours.clear();
        }

        List<Throughput> sameWorkRounds;
        try (var producer = bench.eventProducer("/viraltracker/scheduler-service", 5);
                var sameWork = new SameWorkCeiling(bench.database(), producer)) {
            sameWork.round(warmUp);
            sameWorkRounds = rounds(sameWork::round, jobs);
        }

        var ceiling = new ClaimLoopCeiling(bench.database());
        ceiling.round(warmUp);
        List<Throughput> ceilingRounds = rounds(ceiling::round, jobs);

        List<SweepPoint> sweep = new ArrayList<>();
        for (int threads : DB_SCHEDULER_THREADS) {
            for (int linger : DB_SCHEDULER_LINGER_MS) {
                SweepPoint point = dbSchedulerPoint(threads, linger);
                int sweepJobs = sizes.dbSchedulerSweepJobs();
                sweep.add(dbScheduler(point, Math.max(1, sweepJobs / 10), sweepJobs, 1));
                System.out.printf(
                        "[bench]     db-scheduler %s: %,.0f jobs/s%n",
                        point.describe(),
                        sweep.get(sweep.size() - 1).rounds().get(0).perSecond());
            }
        }
        SweepPoint best = sweep.stream()
                .max(Comparator.comparingDouble(p -> p.rounds().get(0).perSecond()))
                .orElseThrow();
        List<Throughput> dbSchedulerRounds =
                dbScheduler(best, warmUp, jobs, sizes.rounds()).rounds();

        Figure our = section.add(Figure.of(
                "ours_jobs_per_s",
                "viraltracker scheduler-service (claim → publish, acked → commit)",
                "jobs/s",
                perSecond(ourRounds)));
        Figure two = section.add(Figure.of(
                "ours_two_instances_jobs_per_s",
                "viraltracker scheduler-service, two instances on the same cores",
                "jobs/s",
                perSecond(twoInstanceRounds)));
        Figure sameWork = section.add(Figure.of(
                "same_work_ceiling_jobs_per_s",
                "same-work ceiling: bare JDBC + KafkaProducer, the same claim, run row, schedule advance and event, "
                        + "acks=all idempotent, commit after the ack, 4 claimants",
                "jobs/s",
                perSecond(sameWorkRounds)));
        Figure db = section.add(Figure.of(
                "db_scheduler_jobs_per_s",
                "db-scheduler 16.12.0 at its best point of the sweep (" + best.describe()
                        + "), task publishes and waits for the ack",
                "jobs/s",
                perSecond(dbSchedulerRounds)));
        Figure bare = section.add(Figure.of(
                "ceiling_rows_per_s",
                "database-only reference: bare SQL claim loop (SKIP LOCKED batches of 500 + a two-column history "
                        + "insert, no Kafka)",
                "rows/s",
                perSecond(ceilingRounds)));
        for (SweepPoint point : sweep) {
            section.add(Figure.of(
                    "db_scheduler_sweep.threads_" + point.threads() + "_linger_" + point.lingerMillis() + "_jobs_per_s",
                    "db-scheduler sweep: " + point.describe() + ", "
                            + String.format(Locale.ROOT, "%,d", sizes.dbSchedulerSweepJobs()) + " jobs",
                    "jobs/s",
                    perSecond(point.rounds())));
        }
        List<Named> contenders = new ArrayList<>(List.of(
                new Named("ours", ourRounds),
                new Named("ours, two instances", twoInstanceRounds),
                new Named("same-work ceiling", sameWorkRounds),
                new Named("db-scheduler", dbSchedulerRounds),
                new Named("ceiling", ceilingRounds)));
        contenders.add(new Named(
                "db-scheduler sweep",
                sweep.stream().flatMap(p -> p.rounds().stream()).toList()));
        for (var named : contenders) {
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
        double vsSameWork = our.median() / sameWork.median();
        double vsCeiling = our.median() / bare.median();
        double twoVsOne = two.median() / our.median();
        section.ratio("ours / db-scheduler (its best configuration)", vsDbScheduler);
        section.ratio("ours / same-work ceiling", vsSameWork);
        section.ratio("ours / database-only claim loop", vsCeiling);
        section.ratio("two instances / one instance", twoVsOne);
        section.check(
                "Dispatch vs db-scheduler's best",
                "≥ 10×",
                String.format(Locale.ROOT, "%.1f×", vsDbScheduler),
                vsDbScheduler >= 10);
        section.check(
                "Dispatch vs the same-work ceiling",
                "≥ 75%",
                String.format(Locale.ROOT, "%.0f%%", vsSameWork * 100),
                vsSameWork >= 0.75);
        section.check(
                "Dispatch, two instances vs one",
                "≥ 0.9×",
                String.format(Locale.ROOT, "%.2f×", twoVsOne),
                twoVsOne >= 0.9);
        section.note("Each round starts when the INSERT that makes the jobs due commits and ends when the broker "
                + "appended the last event (its LogAppendTime); every event is consumed and counted by run id. "
                + "Batches of 500 for ours and both ceilings; an unmeasured warm-up round of " + warmUp
                + " jobs precedes each contender (and each sweep point, with a tenth of its jobs).");
        section.note("db-scheduler's sweep: executor threads " + DB_SCHEDULER_THREADS + " × producer linger "
                + DB_SCHEDULER_LINGER_MS + " ms, lock-and-fetch polling; its connection pool is the threads + 2, "
                + "capped to what the server's max_connections leaves (less " + CONNECTIONS_SPARED
                + " for everyone else). Each point is one round; the best is then measured as the baseline.");
        return section;
    }

    private SweepPoint dbSchedulerPoint(int threads, int lingerMillis) throws SQLException {
        int pool = Math.max(2, Math.min(threads + 2, bench.database().connectionsAvailable() - CONNECTIONS_SPARED));
        return new SweepPoint(threads, lingerMillis, pool, List.of());
    }

    /** Runs db-scheduler configured as the point says: a warm-up round, then the measured ones. */
    private SweepPoint dbScheduler(SweepPoint point, int warmUp, int jobs, int rounds) throws Exception {
        try (var producer = bench.eventProducer("/viraltracker/benchmarks", point.lingerMillis());
                var dbScheduler =
                        new DbSchedulerDispatch(bench.database(), producer, point.threads(), point.poolSize())) {
            dbScheduler.round(warmUp);
            List<Throughput> measured = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                measured.add(dbScheduler.round(jobs));
            }
            return point.measured(measured);
        }
    }

    public Section lateness() throws Exception {
        var lateness = new Lateness(bench.database());
        int seconds = sizes.latenessSeconds();
        Section section = new Section(
                "lateness",
                "2. Lateness: " + seconds + " s of occurrences becoming due steadily, at "
                        + String.format(Locale.ROOT, "%,d", sizes.latenessPerSecond()) + " and "
                        + String.format(Locale.ROOT, "%,d", sizes.latenessHighPerSecond()) + " a second");
        Rate normal = rate(lateness, sizes.latenessPerSecond());
        Rate high = rate(lateness, sizes.latenessHighPerSecond());
        bench.database().execute("TRUNCATE scheduler.job_runs, scheduler.scheduled_jobs");
        Figure p50 = section.add(Figure.of(
                "p50_ms",
                "p50 at " + perSecond(sizes.latenessPerSecond()) + ", due time → appended on Kafka",
                "ms",
                normal.p50()));
        Figure p99 =
                section.add(Figure.of("p99_ms", "p99 at " + perSecond(sizes.latenessPerSecond()), "ms", normal.p99()));
        section.add(Figure.of("max_ms", "max at " + perSecond(sizes.latenessPerSecond()), "ms", normal.max()));
        section.add(Figure.of("high.p50_ms", "p50 at " + perSecond(sizes.latenessHighPerSecond()), "ms", high.p50()));
        Figure highP99 = section.add(
                Figure.of("high.p99_ms", "p99 at " + perSecond(sizes.latenessHighPerSecond()), "ms", high.p99()));
        section.add(Figure.of("high.max_ms", "max at " + perSecond(sizes.latenessHighPerSecond()), "ms", high.max()));
        section.check(
                "Lateness p50 at " + perSecond(sizes.latenessPerSecond()),
                "≤ 5 ms",
                String.format(Locale.ROOT, "%.0f ms", p50.median()),
                p50.median() <= 5);
        section.check(
                "Lateness p99 at " + perSecond(sizes.latenessPerSecond()),
                "≤ 20 ms",
                String.format(Locale.ROOT, "%.0f ms", p99.median()),
                p99.median() <= 20);
        section.check(
                "Lateness p99 at " + perSecond(sizes.latenessHighPerSecond()),
                "≤ 50 ms",
                String.format(Locale.ROOT, "%.0f ms", highP99.median()),
                highP99.median() <= 50);
        section.note(sizes.latenessRounds() + " rounds at each rate, each listed beside its median. "
                + "For comparison, db-scheduler's default polling interval is 10 s: an execution becomes due "
                + "up to 10 s before it is even picked.");
        return section;
    }

    private Rate rate(Lateness lateness, int perSecond) throws Exception {
        Rate rate = new Rate(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round < sizes.latenessRounds(); round++) {
            long[] sorted = lateness.round(sizes.latenessSeconds(), perSecond);
            rate.p50().add((double) Percentiles.nearestRank(sorted, 50));
            rate.p99().add((double) Percentiles.nearestRank(sorted, 99));
            rate.max().add((double) sorted[sorted.length - 1]);
            System.out.printf(
                    "[bench]     lateness at %s: p50 %d ms, p99 %d ms, max %d ms%n",
                    perSecond(perSecond),
                    Percentiles.nearestRank(sorted, 50),
                    Percentiles.nearestRank(sorted, 99),
                    sorted[sorted.length - 1]);
        }
        return rate;
    }

    private static String perSecond(int rate) {
        return String.format(Locale.ROOT, "%,d/s", rate);
    }

    private record Rate(List<Double> p50, List<Double> p99, List<Double> max) {}

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

    private record SweepPoint(int threads, int lingerMillis, int poolSize, List<Throughput> rounds) {
        SweepPoint measured(List<Throughput> measured) {
            return new SweepPoint(threads, lingerMillis, poolSize, measured);
        }

        String describe() {
            return threads + " threads, linger " + lingerMillis + " ms, pool " + poolSize;
        }
    }
}
