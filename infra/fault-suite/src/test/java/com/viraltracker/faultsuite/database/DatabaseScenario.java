package com.viraltracker.faultsuite.database;

import com.viraltracker.faultsuite.FaultSize;
import com.viraltracker.faultsuite.flow.Brands;
import com.viraltracker.faultsuite.flow.Workload;
import com.viraltracker.faultsuite.report.Report;
import com.viraltracker.faultsuite.stack.FaultStack;
import com.viraltracker.faultsuite.stack.OwnedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 3: during a flow of runs, every service connection is cut with {@code pg_terminate_backend}, then the
 * PostgreSQL server is stopped and started again. The services must reconnect by themselves, report DOWN while the
 * database is gone and UP after, and finish every run.
 */
public final class DatabaseScenario {
    /** Long enough for health polling to see the outage; short against the workers' 60 s redelivery budget. */
    private static final Duration OUTAGE = Duration.ofSeconds(6);

    private final FaultStack stack;
    private final Report.Section report;

    public DatabaseScenario(FaultStack stack, Report report) {
        this.stack = stack;
        this.report = report.section("3. Database faults: pg_terminate_backend and a PostgreSQL restart");
    }

    /** What the promises are checked against. */
    public record Outcome(
            int runs,
            long terminal,
            long lost,
            long dispatchedTwice,
            Map<String, Long> byStatus,
            Map<String, Boolean> downThenUp,
            List<String> failures) {}

    public Outcome run(FaultSize size, List<Brands.Brand> brands) {
        Workload flow = Workload.schedule(stack.sql, "database", size.databaseRuns(), Duration.ofSeconds(30), brands);
        Map<String, Boolean> downThenUp = new LinkedHashMap<>();
        try (HealthWatch health = new HealthWatch(stack.services().values())) {
            pause(Duration.ofSeconds(5));
            int cut = stack.postgres.terminateConnections(OwnedPostgres.DATABASE);
            report.figure("connections cut by pg_terminate_backend", cut);
            pause(Duration.ofSeconds(5));
            Instant stoppedAt = Instant.now();
            stack.postgres.stop();
            pause(OUTAGE);
            stack.postgres.restart();
            report.figure("PostgreSQL down for", Duration.between(stoppedAt, Instant.now()));
            health.awaitAllUp(Duration.ofSeconds(90));
            for (String service : FaultStack.SERVICES) {
                boolean held = health.sawDown(service) && health.sawUpAfterDown(service);
                downThenUp.put(service, held);
                Duration up = health.upAfter(service, stoppedAt);
                report.figure(
                        service + " health",
                        (health.sawDown(service) ? "DOWN" : "never DOWN") + " then "
                                + (up == null ? "not UP" : "UP " + Report.seconds(up) + " after the stop"));
            }
        }
        Duration took = flow.awaitAllTerminal(Duration.ofMinutes(5));
        report.figure("runs scheduled", flow.runs())
                .figure("all runs terminal, after every service was UP again, within", took);
        Map<String, Long> byStatus = flow.byStatus();
        report.figure("runs by status", byStatus);
        return new Outcome(
                flow.runs(),
                flow.terminal(),
                flow.jobsWithoutRun(),
                flow.occurrencesDispatchedTwice(),
                byStatus,
                downThenUp,
                flow.failures(10));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
