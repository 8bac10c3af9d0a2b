package com.viraltracker.faultsuite.crash;

import com.viraltracker.faultsuite.FaultSize;
import com.viraltracker.faultsuite.flow.Brands;
import com.viraltracker.faultsuite.flow.FlowTally;
import com.viraltracker.faultsuite.flow.Workload;
import com.viraltracker.faultsuite.report.Report;
import com.viraltracker.faultsuite.stack.FaultStack;
import com.viraltracker.testing.process.ServiceProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * Scenario 1: runs of the three types flow through the four service processes while each worker and the scheduler
 * is killed with SIGKILL and restarted, and then the broker. At {@code full} size one fault at a time; at {@code ci}
 * size the four services fall together, to keep the build short. Returns the findings; the caller asserts them.
 */
public final class CrashScenario {
    private static final Duration PROGRESS_TIMEOUT = Duration.ofMinutes(5);

    private final FaultStack stack;
    private final Report.Section report;

    public CrashScenario(FaultStack stack, Report report) {
        this.stack = stack;
        this.report = report.section("1. Crashes: SIGKILL of every service and of the broker during the flow");
    }

    /** What the promises are checked against. */
    public record Outcome(FlowTally flow, List<Recovery> recoveries) {}

    public Outcome run(FaultSize size, List<Brands.Brand> brands) {
        Duration window = size.crashWindow();
        Workload flow = Workload.schedule(stack.sql, "crash", size.crashRuns(), window, brands);
        Instant started = Instant.now();
        awaitTerminal(flow, Math.max(1, size.crashRuns() / 20), Duration.ofMinutes(3));

        Map<String, CompletableFuture<Recovery>> recoveries = new LinkedHashMap<>();
        List<List<String>> waves = size.crashServicesTogether()
                ? List.of(FaultStack.SERVICES)
                : java.util.stream.Stream.concat(
                                FaultStack.WORKERS.stream(), java.util.stream.Stream.of(FaultStack.SCHEDULER))
                        .map(List::of)
                        .toList();
        for (List<String> wave : waves) {
            Instant faultAt = Instant.now();
            Map<String, CompletableFuture<Duration>> progress = new LinkedHashMap<>();
            wave.forEach(name -> stack.service(name).kill());
            // Counted from the moment the processes are gone: a run finishing while the kill was delivered is not
            // a recovery.
            Instant goneAt = Instant.now();
            for (String name : wave) {
                progress.put(
                        name,
                        Recovery.progressSince(
                                faultAt,
                                finishedBy(flow, name, goneAt),
                                () -> flow.terminal() >= flow.runs(),
                                PROGRESS_TIMEOUT));
            }
            wave.forEach(name -> stack.service(name).restart());
            for (String name : wave) {
                ServiceProcess service = stack.service(name);
                service.awaitReady(FaultStack.START_TIMEOUT);
                Duration back = Duration.between(faultAt, Instant.now());
                recoveries.put(name, progress.get(name).thenApply(p -> new Recovery("SIGKILL " + name, back, p)));
            }
        }
        Instant brokerFault = Instant.now();
        stack.broker.kill();
        stack.broker.restart(Duration.ofSeconds(90));
        Instant brokerBackAt = Instant.now();
        Duration brokerBack = Duration.between(brokerFault, brokerBackAt);
        // A result already polled before the kill may still be recorded; only work finished after the broker is
        // back shows the flow resumed.
        CompletableFuture<Duration> brokerProgress = Recovery.progressSince(
                brokerFault,
                () -> flow.finishedSince(null, brokerBackAt),
                () -> flow.terminal() >= flow.runs(),
                PROGRESS_TIMEOUT);
        recoveries.put("broker", brokerProgress.thenApply(p -> new Recovery("SIGKILL Kafka broker", brokerBack, p)));
        Instant faultsOver = Instant.now();

        flow.awaitAllTerminal(window.plus(Duration.ofMinutes(size.crashRuns() >= 5000 ? 30 : 5)));
        Duration total = Duration.between(started, Instant.now());
        List<Recovery> measured = new ArrayList<>(
                recoveries.values().stream().map(CompletableFuture::join).toList());

        report.figure("runs scheduled", flow.runs())
                .figure("due over", window)
                .figure("faults injected over", Duration.between(started, faultsOver))
                .figure("all runs terminal after", total);
        measured.forEach(r -> report.figure(r.fault() + ": ready again after", r.backAfter())
                .figure(
                        r.fault() + ": next run of its kind finished after",
                        r.progressAfter() == null ? "none (flow over or timeout)" : r.progressAfter()));
        Map<String, Long> byStatus = flow.byStatus();
        report.figure("runs by status", byStatus);
        report.note("A SIGKILLed consumer never leaves its group, so its partitions wait for its session to expire "
                + "(Kafka's default session.timeout.ms, 45 s) before the restarted instance is given them; that, not "
                + "the restart, is most of the time until the next run of its kind finishes.");
        return new Outcome(flow.tally(), measured);
    }

    /**
     * Runs of the service's kind finished after the fault (a result already on its way when the worker died does
     * not count); the scheduler's part is recording results, of every kind.
     */
    private static LongSupplier finishedBy(Workload flow, String service, Instant faultAt) {
        if (service.equals(FaultStack.SCHEDULER)) {
            return flow::terminal;
        }
        String jobType = FaultStack.jobTypeOf(service).wireName();
        return () -> flow.finishedSince(jobType, faultAt);
    }

    private static void awaitTerminal(Workload flow, long count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (flow.terminal() < count && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
