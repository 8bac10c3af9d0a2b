package com.viraltracker.faultsuite.stack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.viraltracker.events.JobType;
import com.viraltracker.faultsuite.rest.RestClient;
import com.viraltracker.graphsim.GraphSimulator;
import com.viraltracker.graphsim.SimulatorConfig;
import com.viraltracker.testing.TestDatabase;
import com.viraltracker.testing.TestTokens;
import com.viraltracker.testing.process.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system, with every part the suite breaks owned by it: a PostgreSQL server and a KRaft broker it may
 * kill and restart, the Graph API simulator (in this JVM, so faults are injected directly), a GreenMail SMTP
 * server, and the four services as separate processes from their Boot jars.
 */
public final class FaultStack implements AutoCloseable {
    public static final String SCHEDULER = "scheduler-service";
    public static final String META_SYNC = "meta-sync-service";
    public static final String SCORECARD = "scorecard-service";
    public static final String AD_CREATION = "ad-creation-service";
    public static final List<String> SERVICES = List.of(SCHEDULER, META_SYNC, SCORECARD, AD_CREATION);
    public static final List<String> WORKERS = List.of(META_SYNC, SCORECARD, AD_CREATION);
    /**
     * Only bounds a service that never comes back: how long a restart took is reported, not promised, and a machine
     * running other builds beside the suite once needed more than three minutes for a restart after a SIGKILL.
     */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    /** Partitions of every topic: the scale-out scenario runs up to three instances of a worker, two consumers each. */
    public static final int PARTITIONS = 6;
    /** Graph calls time out quickly and retry quickly here, so slow answers and rate-limit storms fit a test. */
    private static final Map<String, Object> META_SYNC_SETTINGS = Map.of(
            "viraltracker.meta.read-timeout", "3s",
            "viraltracker.meta.page-size", 5,
            "viraltracker.meta.throttle-pause-at-limit", "2s",
            "resilience4j.retry.configs.graph-api.wait-duration", "500ms",
            "resilience4j.retry.configs.graph-api.exponential-max-wait-duration", "4s");

    public final Path work;
    public final OwnedPostgres postgres;
    public final KafkaBrokerProcess broker;
    public final GraphSimulator simulator;
    public final GreenMail mail;
    public final Sql sql;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    private FaultStack(
            Path work, OwnedPostgres postgres, KafkaBrokerProcess broker, GraphSimulator simulator, GreenMail mail) {
        this.work = work;
        this.postgres = postgres;
        this.broker = broker;
        this.simulator = simulator;
        this.mail = mail;
        this.sql = new Sql(postgres.database());
    }

    public static FaultStack start(Path work) {
        OwnedPostgres postgres = OwnedPostgres.start(work.resolve("postgres"));
        KafkaBrokerProcess broker = KafkaBrokerProcess.start(work.resolve("kafka"), PARTITIONS);
        // Usage headers stay where a scenario sets them: climbing with every call, thousands of syncs of a few
        // accounts would spend the run in throttle pauses instead of in the faults under test.
        GraphSimulator simulator =
                GraphSimulator.start(SimulatorConfig.defaults().withUsagePercentPerCall(0));
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        FaultStack stack = new FaultStack(work, postgres, broker, simulator, mail);
        try {
            SERVICES.forEach(name -> stack.services.put(name, stack.launch(name, postgres.database(), name)));
            stack.services.values().forEach(service -> service.awaitReady(START_TIMEOUT));
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    /** Starts another process of {@code service} against {@code database} (the second scheduler, for example). */
    public ServiceProcess launch(String service, TestDatabase database, String instanceName) {
        return launch(service, database, instanceName, Map.of());
    }

    /**
     * Starts another process of {@code service} with Spring settings of its own on top of the suite's (given to the
     * process as {@code SPRING_APPLICATION_JSON}).
     */
    public ServiceProcess launch(
            String service, TestDatabase database, String instanceName, Map<String, Object> springSettings) {
        Map<String, String> environment = new HashMap<>(database.serviceEnvironment());
        environment.putAll(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS",
                broker.bootstrapServers(),
                "META_GRAPH_BASE_URL",
                simulator.baseUrl(),
                "SMTP_HOST",
                "127.0.0.1",
                "SMTP_PORT",
                String.valueOf(mail.getSmtp().getPort()),
                "SCORECARD_MAIL_RETRY_BACKOFF",
                "200ms"));
        // RestClient signs its admin token with the same key.
        environment.put("AUTH_JWT_SECRET", TestTokens.SECRET);
        // The scheduler attempts a run that failed for a passing reason again, after 30 s to 30 min in production;
        // here after a second or two, so that a fault's run ends (retried, then succeeded or failed for good) in time.
        environment.put("RETRY_BASE_BACKOFF", "1s");
        environment.put("RETRY_MAX_BACKOFF", "2s");
        environment.put("KAFKA_TOPIC_PARTITIONS", String.valueOf(PARTITIONS));
        Map<String, Object> settings = new HashMap<>(service.equals(META_SYNC) ? META_SYNC_SETTINGS : Map.of());
        settings.putAll(springSettings);
        if (!settings.isEmpty()) {
            environment.put("SPRING_APPLICATION_JSON", RestClient.JSON.writeValueAsString(settings));
        }
        return ServiceProcess.start(instanceName, jar(service), environment, work.resolve("logs"));
    }

    /** The job type a worker service consumes: meta-sync-service → meta_sync. */
    public static JobType jobTypeOf(String worker) {
        return JobType.ofWireName(worker.replace("-service", "").replace('-', '_'));
    }

    private static Path jar(String service) {
        return Path.of(System.getProperty(
                "fault.jars." + service, "../../" + service + "/target/" + service + "-0.1.0-SNAPSHOT.jar"));
    }

    public ServiceProcess service(String name) {
        return services.get(name);
    }

    public Map<String, ServiceProcess> services() {
        return services;
    }

    public RestClient rest(String service) {
        return new RestClient(services.get(service).baseUrl());
    }

    public RestClient simulatorAdmin() {
        return new RestClient(simulator.baseUrl());
    }

    @Override
    public void close() {
        services.values().parallelStream().forEach(ServiceProcess::close);
        broker.close();
        simulator.close();
        mail.stop();
        postgres.close();
    }
}
