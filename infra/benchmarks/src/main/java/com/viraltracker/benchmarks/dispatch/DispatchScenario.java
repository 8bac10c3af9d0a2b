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

    private final List<Long> schedulerPids;

    /** @param scheduler the running scheduler-service, or null when no scenario here needs it */
    public DispatchScenario(Bench bench, Sizes sizes, ServiceProcess scheduler) {
        this.bench = bench;
        this.sizes = sizes;
        this.schedulerPids = scheduler == null ? List.of() : List.of(scheduler.pid());
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
        CpuMeter meter = new CpuMeter(schedulerPids);
        List<String> cpu = new ArrayList<>();
        var ours = new SchedulerDispatch(bench.database());
        ours.round(warmUp);
        List<Throughput> ourRounds = measured("ours", meter, cpu, ours::round, jobs);
        ours.clear();

        List<Throughput> twoInstanceRounds;
        try (ServiceProcess second = bench.start(Service.SCHEDULER)) {
            List<Long> both = new ArrayList<>(schedulerPids);
            both.add(second.pid());
            ours.round(warmUp);
            twoInstanceRounds = measured("two instances", new CpuMeter(both), cpu, ours::round, jobs);
            ours.clear();
        }

        List<Throughput> sameWorkRounds;
        try (var producer = bench.eventProducer("/viraltracker/scheduler-service", 5);
                var sameWork = new SameWorkCeiling(bench.database(), producer)) {
            sameWork.round(warmUp);
            sameWorkRounds = measured("same-work ceiling", meter, cpu, sameWork::round, jobs);
        }

        var ceiling = new ClaimLoopCeiling(bench.database());
        ceiling.round(warmUp);
        List<Throughput> ceilingRounds = measured("database-only claim loop", meter, cpu, ceiling::round, jobs);

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
        CpuMeter.Sample beforeDbScheduler = meter.sample();
        List<Throughput> dbSchedulerRounds =
                dbScheduler(best, warmUp, jobs, sizes.rounds()).rounds();
        cpu.add("db-scheduler at its best (its warm-up round included): "
                + beforeDbScheduler.perJob(meter.sample(), (long) jobs * sizes.rounds() + warmUp));

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
        section.note("CPU per job over the measured rounds, from /proc (PostgreSQL: all of the server's processes): "
                + String.join("; ", cpu) + ".");
        return section;
    }

    private List<Throughput> measured(String contender, CpuMeter meter, List<String> cpu, Round round, int jobs)
            throws Exception {
        CpuMeter.Sample before = meter.sample();
        List<Throughput> results = rounds(round, jobs);
        long total = results.stream().mapToLong(Throughput::jobs).sum();
        cpu.add(contender + ": " + before.perJob(meter.sample(), total));
        return results;
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
        Figure p50 = null;
        Figure p99 = null;
        Figure highP99 = null;
        for (var named : List.of(
                new NamedRate("", sizes.latenessPerSecond(), normal),
                new NamedRate("high.", sizes.latenessHighPerSecond(), high))) {
            String at = " at " + perSecond(named.perSecond());
            Rate rate = named.rate();
            Figure median = section.add(Figure.of(
                    named.prefix() + "p50_ms", "p50" + at + ", due time → appended on Kafka", "ms", rate.p50()));
            Figure tail = section.add(Figure.of(named.prefix() + "p99_ms", "p99" + at, "ms", rate.p99()));
            section.add(Figure.of(named.prefix() + "max_ms", "max" + at, "ms", rate.max()));
            section.add(Figure.of(
                    named.prefix() + "wait_p50_ms",
                    "p50" + at + " of its first part: due → the claim that took it began",
                    "ms",
                    rate.waitP50()));
            section.add(Figure.of(
                    named.prefix() + "claim_p50_ms",
                    "p50" + at + " of its second part: claim began → appended (statements, publish, ack)",
                    "ms",
                    rate.claimP50()));
            section.add(Figure.of(
                    named.prefix() + "claim_p99_ms", "p99" + at + " of the second part", "ms", rate.claimP99()));
            if (named.prefix().isEmpty()) {
                p50 = median;
                p99 = tail;
            } else {
                highP99 = tail;
            }
        }
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
        Rate rate = new Rate(
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>());
        for (int i = 0; i < sizes.latenessRounds(); i++) {
            Lateness.Round round = lateness.round(sizes.latenessSeconds(), perSecond);
            long[] sorted = round.lateness();
            rate.p50().add((double) Percentiles.nearestRank(sorted, 50));
            rate.p99().add((double) Percentiles.nearestRank(sorted, 99));
            rate.max().add((double) sorted[sorted.length - 1]);
            rate.waitP50().add((double) Percentiles.nearestRank(round.waitForClaim(), 50));
            rate.claimP50().add((double) Percentiles.nearestRank(round.claimToAppend(), 50));
            rate.claimP99().add((double) Percentiles.nearestRank(round.claimToAppend(), 99));
            System.out.printf(
                    "[bench]     lateness at %s: p50 %d ms, p99 %d ms, max %d ms; due → claim began p50 %d ms, "
                            + "p99 %d ms; claim began → appended p50 %d ms, p99 %d ms%n",
                    perSecond(perSecond),
                    Percentiles.nearestRank(sorted, 50),
                    Percentiles.nearestRank(sorted, 99),
                    sorted[sorted.length - 1],
                    Percentiles.nearestRank(round.waitForClaim(), 50),
                    Percentiles.nearestRank(round.waitForClaim(), 99),
                    Percentiles.nearestRank(round.claimToAppend(), 50),
                    Percentiles.nearestRank(round.claimToAppend(), 99));
        }
        return rate;
    }

    private static String perSecond(int rate) {
        return String.format(Locale.ROOT, "%,d/s", rate);
    }

    private record Rate(
            List<Double> p50,
            List<Double> p99,
            List<Double> max,
            List<Double> waitP50,
            List<Double> claimP50,
            List<Double> claimP99) {}

    private record NamedRate(String prefix, int perSecond, Rate rate) {}

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
