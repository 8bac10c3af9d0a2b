package com.viraltracker.benchmarks;

import com.viraltracker.benchmarks.console.ConsoleScenario;
import com.viraltracker.benchmarks.dispatch.DispatchScenario;
import com.viraltracker.benchmarks.env.Bench;
import com.viraltracker.benchmarks.env.LargeBrand;
import com.viraltracker.benchmarks.env.Service;
import com.viraltracker.benchmarks.footprint.Footprint;
import com.viraltracker.benchmarks.ingest.IngestScenario;
import com.viraltracker.benchmarks.report.Machine;
import com.viraltracker.benchmarks.report.ResultsWriter;
import com.viraltracker.benchmarks.report.Section;
import com.viraltracker.benchmarks.scorecard.ScorecardScenario;
import com.viraltracker.events.JobType;
import com.viraltracker.graphsim.GraphSimulator;
import com.viraltracker.graphsim.SimulatorConfig;
import com.viraltracker.testing.process.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs every scenario once, in an order that keeps them from disturbing each other (the scheduler floods the
 * meta_sync topic before meta-sync-service exists; each worker starts at the end of its topic), and writes
 * {@code latest.md} and {@code latest.json}.
 *
 * <p>Arguments: {@code --smoke} (tiny sizes), {@code --out=<dir>} (default {@code infra/benchmarks/results}),
 * {@code --services=<dir>} (the services' jars, default {@code infra/benchmarks/target/services}),
 * {@code --service-java-opts="..."} (default: the options ./stack runs services with).
 */
public final class BenchmarkMain {
    /** What ./stack gives each service (SERVICE_JAVA_OPTS). */
    static final String STACK_JAVA_OPTS = "-Xms64m -Xmx256m -Xmn24m -XX:MinHeapFreeRatio=10 "
            + "-XX:MaxHeapFreeRatio=30 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k";

    static final Set<String> ALL =
            new LinkedHashSet<>(List.of("dispatch", "lateness", "ingest", "scorecard", "console", "footprint"));

    private BenchmarkMain() {}

    public static void main(String[] args) {
        Path out = Path.of(option(args, "out", "infra/benchmarks/results"));
        int status = 0;
        try {
            warnAboutTmp();
            run(
                    (Arrays.asList(args).contains("--smoke") ? Sizes.smoke() : Sizes.full()).withOverrides(),
                    out,
                    Path.of(option(args, "services", "infra/benchmarks/target/services")),
                    List.of(option(args, "service-java-opts", STACK_JAVA_OPTS)
                            .trim()
                            .split("\\s+")),
                    Set.of(option(args, "only", String.join(",", ALL)).split(",")));
        } catch (Exception | AssertionError e) {
            // An AssertionError too (a probe that waited in vain): uncaught, it would end the main thread only,
            // and the broker's threads would keep the JVM, its memory and its ports for good.
            e.printStackTrace();
            status = 1;
        }
        // The broker's threads would keep the JVM alive; it, the simulator and the database are shutdown hooks.
        System.exit(status);
    }

    /**
     * The in-process broker keeps its logs in temporary folders; under /tmp another build's clean-up can pull
     * them away mid-run (the harness's tests keep theirs under target/ for the same reason), hence the run
     * script's {@code -Djava.io.tmpdir}.
     */
    private static void warnAboutTmp() {
        if (Path.of(System.getProperty("java.io.tmpdir")).normalize().equals(Path.of("/tmp"))) {
            log("warning: temporary files (the broker's logs) go to /tmp; run with -Djava.io.tmpdir=<a folder of "
                    + "your own> if other builds clean /tmp");
        }
    }

    static Path work(Path out) {
        return out.toAbsolutePath().resolveSibling(out.getFileName() + "-work");
    }

    /** @return the sections written to {@code out} */
    public static List<Section> run(Sizes sizes, Path out, Path services, List<String> javaOptions) throws Exception {
        return run(sizes, out, services, javaOptions, ALL);
    }

    /** Runs only the named scenarios (and starts only the services they need), for working on one of them. */
    public static List<Section> run(Sizes sizes, Path out, Path services, List<String> javaOptions, Set<String> only)
            throws Exception {
        List<Section> sections = new ArrayList<>();
        Path work = work(out);
        try (GraphSimulator simulator = GraphSimulator.start(SimulatorConfig.defaults()
                        .withPollsUntilComplete(1)
                        // 0.1 % per call: a 90-day sync of 1,000 ads (about 200 calls) stays under the throttle's
                        // threshold.
                        .withUsagePercentPerCall(0.1));
                Bench bench = new Bench(services, work.resolve("logs"), javaOptions, simulator);
                Footprint footprint = new Footprint(
                        bench, sizes.startRounds(), Duration.ofSeconds(sizes.equals(Sizes.smoke()) ? 1 : 5))) {
            Map<String, String> machine = Machine.describe(bench.database());
            log("machine: " + machine);

            if (sizes.parallelStarts() && only.contains("footprint")) {
                footprint.startInBackground(Service.SCORECARD);
                footprint.startInBackground(Service.AD_CREATION);
            }
            bench.stampWithAppendTime(JobType.META_SYNC.requestTopic());
            boolean console = only.contains("console");
            ServiceProcess scheduler = null;
            if (only.contains("dispatch") || only.contains("lateness") || only.contains("footprint") || console) {
                scheduler = footprint.start(Service.SCHEDULER);
            }
            var dispatch = new DispatchScenario(bench, sizes, scheduler);
            if (only.contains("dispatch")) {
                sections.add(logged(dispatch.throughput()));
            }
            if (only.contains("lateness")) {
                sections.add(logged(dispatch.lateness()));
            }
            if (only.contains("ingest") || only.contains("scorecard") || only.contains("footprint") || console) {
                // Nothing of the flood above is for meta-sync-service: start it at the end of its topic.
                bench.skipToEnd("viraltracker-meta_sync-worker", JobType.META_SYNC.requestTopic());
                ServiceProcess metaSync = footprint.start(Service.META_SYNC);
                if (only.contains("ingest")) {
                    sections.add(logged(new IngestScenario(bench, sizes, services, work).run(metaSync)));
                }
            }
            ServiceProcess scorecard = null;
            if (only.contains("scorecard") || only.contains("footprint") || console) {
                scorecard = footprint.start(Service.SCORECARD);
            }
            // The console's pages show the brand whose scorecards were measured: its rows are loaded once.
            LargeBrand largeBrand =
                    only.contains("scorecard") || console ? LargeBrand.load(bench.database(), sizes) : null;
            if (only.contains("scorecard")) {
                sections.add(logged(new ScorecardScenario(bench, sizes).run(largeBrand, scorecard)));
            }
            if (console) {
                Map<Service, ServiceProcess> running = new EnumMap<>(Service.class);
                for (Service service :
                        List.of(Service.SCHEDULER, Service.META_SYNC, Service.SCORECARD, Service.AD_CREATION)) {
                    running.put(service, footprint.start(service));
                }
                sections.add(logged(new ConsoleScenario(bench, sizes).run(running, largeBrand)));
            }
            if (only.contains("footprint")) {
                footprint.start(Service.AD_CREATION);
                sections.add(logged(footprint.measureAfterScenarios()));
            }
            machine.put("load after (uptime)", Machine.uptime());
            ResultsWriter.write(out, machine, sections);
            log("results written to " + out.toAbsolutePath());
        }
        return sections;
    }

    private static Section logged(Section section) {
        log(section.title());
        section.figures().forEach(f -> log("  " + f.label() + ": " + f.median() + " " + f.unit() + " " + f.rounds()));
        section.ratios().forEach((label, value) -> log("  " + label + ": " + value));
        section.checks()
                .forEach(c -> log("  [" + (c.met() ? "met" : "MISSED") + "] " + c.label() + ": " + c.measured()
                        + " (target " + c.target() + ")"));
        return section;
    }

    private static void log(String line) {
        System.out.println("[bench] " + line);
    }

    private static String option(String[] args, String name, String fallback) {
        String prefix = "--" + name + "=";
        return Arrays.stream(args)
                .filter(a -> a.startsWith(prefix))
                .map(a -> a.substring(prefix.length()))
                .findFirst()
                .orElse(fallback);
    }
}
