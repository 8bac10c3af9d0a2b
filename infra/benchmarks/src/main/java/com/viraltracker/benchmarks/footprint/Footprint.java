package com.viraltracker.benchmarks.footprint;

import com.viraltracker.benchmarks.env.Bench;
import com.viraltracker.benchmarks.env.Service;
import com.viraltracker.benchmarks.report.Figure;
import com.viraltracker.benchmarks.report.Section;
import com.viraltracker.testing.process.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Each service's start time to ready (started {@code rounds} times; the last start keeps running for the
 * scenarios) and its resident memory when idle after start and after the scenarios.
 */
public final class Footprint implements AutoCloseable {
    private static final double START_TARGET_S = 5;
    private static final double RSS_TARGET_MB = 300;

    private final Bench bench;
    private final int rounds;
    private final Duration settle;
    private final Map<Service, ServiceProcess> running = new ConcurrentSkipListMap<>();
    private final Map<Service, List<Double>> startSeconds = new ConcurrentSkipListMap<>();
    private final Map<Service, Double> idleMb = new ConcurrentSkipListMap<>();
    private final Map<Service, Double> afterMb = new ConcurrentSkipListMap<>();
    private final Map<Service, CompletableFuture<ServiceProcess>> background = new ConcurrentHashMap<>();

    public Footprint(Bench bench, int rounds, Duration settle) {
        this.bench = bench;
        this.rounds = rounds;
        this.settle = settle;
    }

    /** Starts the service {@code rounds} times; returns the last instance, left running (or the one running). */
    public ServiceProcess start(Service service) throws IOException, InterruptedException {
        var alreadyRunning = running.get(service);
        if (alreadyRunning != null) {
            return alreadyRunning;
        }
        var started = background.remove(service);
        if (started != null) {
            return started.join();
        }
        List<Double> starts = new ArrayList<>();
        ServiceProcess process = null;
        for (int round = 0; round < rounds; round++) {
            if (process != null) {
                process.close();
            }
            process = bench.start(service);
            starts.add(process.startTime().toMillis() / 1000.0);
        }
        Thread.sleep(settle.toMillis());
        idleMb.put(service, megabytes(process.residentBytes()));
        startSeconds.put(service, starts);
        running.put(service, process);
        return process;
    }

    /** Starts a service no scenario needs yet on another thread; {@link #start} then waits for it. */
    public void startInBackground(Service service) {
        background.put(service, CompletableFuture.supplyAsync(() -> {
            try {
                return start(service);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }));
    }

    public Section measureAfterScenarios() throws IOException {
        for (var entry : running.entrySet()) {
            afterMb.put(entry.getKey(), megabytes(entry.getValue().residentBytes()));
        }
        Section section = new Section(
                "footprint",
                "6. Footprint (JVM options: " + String.join(" ", bench.serviceJavaOptions())
                        + "; scheduler-service also " + String.join(" ", Service.SCHEDULER.ownJavaOptions()) + ")");
        for (Service service : startSeconds.keySet()) {
            String name = service.jarName();
            Figure start = section.add(
                    Figure.of(name + ".start_s", name + ": start to ready", "s", startSeconds.get(service)));
            section.add(Figure.of(
                    name + ".rss_idle_mb",
                    name + ": resident memory, idle after start",
                    "MB",
                    List.of(idleMb.get(service))));
            section.add(Figure.of(
                    name + ".rss_after_mb",
                    name + ": resident memory after the scenarios",
                    "MB",
                    List.of(afterMb.get(service))));
            double peak = Math.max(idleMb.get(service), afterMb.get(service));
            section.check(
                    name + " start",
                    "≤ 5 s",
                    String.format(Locale.ROOT, "%.1f s", start.median()),
                    start.median() <= START_TARGET_S);
            section.check(
                    name + " resident memory",
                    "≤ 300 MB",
                    String.format(Locale.ROOT, "%.0f MB", peak),
                    peak <= RSS_TARGET_MB);
        }
        section.note("Start is from process start to /actuator/health/readiness answering UP. As ./stack runs them, "
                + "the services run from their extracted jars with a class data sharing archive that a training run "
                + "wrote before the first start (and which ran the Liquibase migrations on the empty database); "
                + "that run is not timed: it is made once per build.");
        return section;
    }

    private static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    @Override
    public void close() {
        running.values().forEach(ServiceProcess::close);
    }
}
