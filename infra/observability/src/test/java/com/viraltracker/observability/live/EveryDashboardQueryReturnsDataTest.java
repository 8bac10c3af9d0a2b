package com.viraltracker.observability.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.viraltracker.graphsim.GraphSimulator;
import com.viraltracker.graphsim.SimulatorConfig;
import com.viraltracker.observability.CheckReport;
import com.viraltracker.observability.DashboardQueryChecker;
import com.viraltracker.observability.ObservabilityFiles;
import com.viraltracker.observability.PrometheusApi;
import com.viraltracker.observability.QueryLanguage;
import com.viraltracker.testing.KafkaTestBroker;
import com.viraltracker.testing.PostgresTestServer;
import com.viraltracker.testing.SystemTools;
import com.viraltracker.testing.TestDatabase;
import com.viraltracker.testing.TestTokens;
import com.viraltracker.testing.process.ServiceProcess;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The proof behind the dashboards: the four services run from their jars against a real broker, PostgreSQL, the
 * Graph API simulator and an SMTP server; a real Prometheus scrapes them with our prometheus.yml and alert rules
 * while runs of every job type succeed and fail; then every PromQL expression of the dashboards and alert rules
 * is evaluated through Prometheus's HTTP API and every SQL panel query runs against the database. Each must return
 * at least one series or row.
 */
class EveryDashboardQueryReturnsDataTest {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    /** What Grafana's $__rate_interval stands for: the whole of this test, so every run is inside the window. */
    private static final Duration WINDOW = Duration.ofMinutes(10);

    private final List<AutoCloseable> started = new ArrayList<>();

    @Test
    void every_dashboard_and_alert_query_returns_data_while_runs_of_every_type_succeed_and_fail() throws Exception {
        // Before anything starts, so a machine without Debian's prometheus learns it in a second, not minutes.
        SystemTools.require("prometheus", "prometheus");
        ObservabilityFiles files = ObservabilityFiles.find();
        Path work = Files.createDirectories(Path.of("target", "live-check").toAbsolutePath());
        String kafka = KafkaTestBroker.bootstrapServers();
        TestDatabase database = PostgresTestServer.createDatabase("observability");
        GraphSimulator simulator =
                GraphSimulator.start(SimulatorConfig.defaults().withPollsUntilComplete(2));
        started.add(simulator::close);
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        started.add(smtp::stop);

        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String service :
                List.of("scheduler-service", "meta-sync-service", "scorecard-service", "ad-creation-service")) {
            ports.put(service, freePort());
        }
        LocalPrometheus prometheus = LocalPrometheus.start(files, ports, freePort(), work.resolve("prometheus"));
        started.add(prometheus);

        Map<String, String> common = new HashMap<>(database.serviceEnvironment());
        common.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        common.put("AUTH_JWT_SECRET", TestTokens.SECRET);
        Map<String, ServiceProcess> services = new LinkedHashMap<>();
        services.put(
                "scheduler-service",
                start(
                        files,
                        "scheduler-service",
                        ports,
                        common,
                        Map.of(),
                        List.of("--viraltracker.scheduler.metrics.refresh-interval=1s"),
                        work));
        services.put(
                "meta-sync-service",
                start(
                        files,
                        "meta-sync-service",
                        ports,
                        common,
                        Map.of("META_GRAPH_BASE_URL", simulator.baseUrl()),
                        List.of(
                                "--viraltracker.meta.async-poll-interval=200ms",
                                "--resilience4j.retry.configs.graph-api.wait-duration=200ms"),
                        work));
        services.put(
                "scorecard-service",
                start(
                        files,
                        "scorecard-service",
                        ports,
                        common,
                        Map.of(
                                "SMTP_HOST",
                                "127.0.0.1",
                                "SMTP_PORT",
                                Integer.toString(smtp.getSmtp().getPort())),
                        List.of(),
                        work));
        services.put(
                "ad-creation-service", start(files, "ad-creation-service", ports, common, Map.of(), List.of(), work));
        awaitAllUp(services.values());
        prometheus.awaitReady(Instant.now().plusSeconds(30));

        List<RunsOfEveryType.Run> runs = new RunsOfEveryType(
                        services.get("scheduler-service"),
                        services.get("meta-sync-service"),
                        services.get("ad-creation-service"),
                        simulator,
                        kafka)
                .drive();
        assertThat(runs).as("each run ended as it was set up to").allMatch(RunsOfEveryType.Run::asExpected);
        assertThat(runs).extracting(RunsOfEveryType.Run::jobType).contains("meta_sync", "scorecard", "ad_creation");

        PrometheusApi api = new PrometheusApi(prometheus.uri());
        awaitScraped(api, runs.size());
        assertThat(api.query("viraltracker_no_such_metric").series())
                .as("a query for nothing returns nothing, so the check below can fail")
                .isZero();
        // The series are there because things happened, not only because counters start at zero.
        for (String happened : List.of(
                "sum(viraltracker_meta_graph_calls_total{error_code=\"190\", kind=\"auth\"}) >= 1",
                "sum(viraltracker_meta_graph_calls_total{error_code=\"17\", kind=\"rate_limited\"}) >= 1",
                "sum(viraltracker_meta_graph_retries_total) >= 1",
                "sum(viraltracker_meta_async_report_runs_total) >= 1",
                "sum(viraltracker_meta_rows_upserted_total) >= 1",
                "max(viraltracker_meta_graph_usage_percent) > 0",
                "sum(viraltracker_scorecard_produced_total) >= 1",
                "sum(viraltracker_scorecard_emails_total{outcome=\"sent\"}) >= 1",
                "sum(viraltracker_adcreation_ads_total) >= 2",
                "sum(viraltracker_worker_jobs_finished_total{status=\"FAILED\", error_category=\"NOT_FOUND\"}) >= 1",
                "sum(viraltracker_scheduler_runs_finished_total{status=\"failed\"}) >= 2",
                "sum(viraltracker_scheduler_dispatched_total) >= " + runs.size(),
                "max(viraltracker_scheduler_schedules{status=\"active\"}) >= 1",
                // Every service's series carry its name, which the dashboards' legends and alerts group by.
                "count(count by (application) (kafka_consumer_fetch_manager_records_lag_max)) == 4")) {
            assertThat(api.query(happened).series()).as(happened).isEqualTo(1);
        }

        CheckReport report = new DashboardQueryChecker(files, WINDOW).check(api, () -> {
            try {
                return database.connect();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Files.writeString(work.resolve("dashboard-queries.txt"), report.describe() + "\n");
        System.out.println(report.describe());

        assertThat(report.failures()).as(report.describe()).isEmpty();
        assertThat(report.count(QueryLanguage.PROMQL)).isGreaterThan(30);
        assertThat(report.count(QueryLanguage.SQL)).isGreaterThanOrEqualTo(6);
    }

    private ServiceProcess start(
            ObservabilityFiles files,
            String module,
            Map<String, Integer> ports,
            Map<String, String> common,
            Map<String, String> extra,
            List<String> arguments,
            Path work) {
        Map<String, String> environment = new LinkedHashMap<>(common);
        environment.putAll(extra);
        Path jar = files.repository().resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT.jar");
        ServiceProcess service = ServiceProcess.launch(module, jar)
                .environment(environment)
                .arguments(arguments)
                .port(ports.get(module))
                .log(work.resolve("logs").resolve(module + ".log"))
                .privateCopyIn(work.resolve("jars"))
                // UP with its database, broker and migrations, not only accepting traffic.
                .readyWhenOk("/actuator/health")
                .start();
        started.add(service);
        return service;
    }

    private static void awaitAllUp(Iterable<ServiceProcess> services) throws Exception {
        ExecutorService waiting = Executors.newCachedThreadPool();
        try {
            List<Future<Void>> ready = new ArrayList<>();
            for (ServiceProcess service : services) {
                ready.add(waiting.submit((Callable<Void>) () -> {
                    service.awaitReady(START_TIMEOUT);
                    return null;
                }));
            }
            for (Future<Void> future : ready) {
                future.get();
            }
        } finally {
            waiting.shutdownNow();
        }
    }

    /** Waits until Prometheus has scraped every target and the scheduler's counts include every run. */
    private static void awaitScraped(PrometheusApi api, int runs) throws Exception {
        Map<String, String> conditions = new LinkedHashMap<>();
        // A loaded machine may miss a one-second scrape now and then: each target answered within the last 15 s.
        conditions.put("every target scraped", "count(max_over_time(up[15s]) == 1) == 4");
        conditions.put("every run counted", "sum(viraltracker_scheduler_runs_finished_total) >= " + runs);
        // increase(), as the dashboard and the alert use it, needs a sample before and one after the dead letter.
        conditions.put("the dead letter counted", "sum(increase(viraltracker_worker_dead_lettered_total[5m])) > 0");
        // A series that appeared with the last worker outcome is empty in the panels until scraped a second time.
        conditions.put(
                "every worker outcome scraped twice",
                "min(count_over_time(viraltracker_worker_jobs_finished_total[1m])) >= 2");
        Instant deadline = Instant.now().plusSeconds(60);
        List<String> missing = List.copyOf(conditions.keySet());
        while (Instant.now().isBefore(deadline)) {
            missing = new ArrayList<>();
            for (var condition : conditions.entrySet()) {
                if (api.query(condition.getValue()).series() != 1) {
                    missing.add(condition.getKey());
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("after 60 s Prometheus still lacks: " + missing);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops what this test started, newest first; the broker and the database go with the JVM (shutdown hooks). */
    @AfterEach
    void stopEverythingStarted() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("could not stop " + started.get(i) + ": " + e);
            }
        }
        started.clear();
    }
}
