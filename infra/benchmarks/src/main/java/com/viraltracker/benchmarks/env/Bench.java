package com.viraltracker.benchmarks.env;

import com.viraltracker.events.serde.CloudEventSerializer;
import com.viraltracker.graphsim.GraphSimulator;
import com.viraltracker.testing.KafkaTestBroker;
import com.viraltracker.testing.PostgresTestServer;
import com.viraltracker.testing.TestTokens;
import com.viraltracker.testing.process.ServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What every scenario runs against: a fresh database on the local PostgreSQL, the in-process KRaft broker of the
 * test harness, the Graph API simulator, and the services' executable jars.
 */
public final class Bench implements AutoCloseable {
    private final Database database;
    private final String bootstrapServers;
    private final Path serviceJars;
    private final Path logs;
    private final List<String> serviceJavaOptions;
    private final GraphSimulator simulator;
    private final Admin admin;
    private final AtomicInteger starts = new AtomicInteger();
    private final ClassDataSharing classDataSharing;

    public Bench(Path serviceJars, Path logs, List<String> serviceJavaOptions, GraphSimulator simulator)
            throws IOException {
        this.database = new Database(PostgresTestServer.createDatabase("bench"));
        this.bootstrapServers = KafkaTestBroker.bootstrapServers();
        this.serviceJars = serviceJars;
        this.logs = Files.createDirectories(logs);
        this.serviceJavaOptions = List.copyOf(serviceJavaOptions);
        this.simulator = simulator;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        // Beside the jars, so a rebuild of the same code keeps the archives (ClassDataSharing compares contents).
        this.classDataSharing =
                new ClassDataSharing(serviceJars.toAbsolutePath().resolveSibling(serviceJars.getFileName() + "-cds"));
    }

    public Database database() {
        return database;
    }

    public GraphSimulator simulator() {
        return simulator;
    }

    public List<String> serviceJavaOptions() {
        return serviceJavaOptions;
    }

    public ServiceProcess start(Service service) throws IOException, InterruptedException {
        return start(service, Map.of());
    }

    /** Starts a service with more environment than every service gets (the console: where the services are). */
    public ServiceProcess start(Service service, Map<String, String> extraEnvironment)
            throws IOException, InterruptedException {
        Path jar = serviceJars.resolve(service.jarName() + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + "; build with ./mvnw -pl infra/benchmarks -am install");
        }
        Map<String, String> env = new HashMap<>();
        var server = database.server();
        env.put("DB_HOST", server.host());
        env.put("DB_PORT", Integer.toString(server.port()));
        env.put("DB_NAME", server.database());
        env.put("DB_USER", server.user());
        env.put("DB_PASSWORD", server.password() == null ? "" : server.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put("META_GRAPH_BASE_URL", simulator.baseUrl());
        env.put("SMTP_HOST", "127.0.0.1");
        // As ./stack: two malloc arenas instead of one per thread (resident memory after a large sync).
        env.put("MALLOC_ARENA_MAX", "2");
        // AdminApi signs its admin token with the same key.
        env.put("AUTH_JWT_SECRET", TestTokens.SECRET);
        env.putAll(extraEnvironment);
        List<String> ownOptions = new ArrayList<>(serviceJavaOptions);
        ownOptions.addAll(service.ownJavaOptions());
        ClassDataSharing.Start start = classDataSharing.prepare(
                service, jar, ownOptions, env, logs.resolve(service.jarName() + "-cds-training.log"));
        List<String> javaOptions = new ArrayList<>(ownOptions);
        javaOptions.addAll(start.options());
        for (int attempt = 1; ; attempt++) {
            ServiceProcess process = ServiceProcess.launch(service.jarName(), start.jar())
                    .java(ClassDataSharing.java())
                    .javaOptions(javaOptions)
                    .environment(env)
                    .log(logs.resolve(service.jarName() + "-" + starts.incrementAndGet() + ".log"))
                    .start();
            try {
                process.awaitReady(Duration.ofMinutes(3));
                return process;
            } catch (RuntimeException notReady) {
                process.kill();
                // The free port it was given is an ephemeral one, which a client connection may take before the
                // service binds it (seen with the broker, PostgreSQL and other builds busy on this machine).
                if (attempt == 3 || !portTaken(process.log())) {
                    throw notReady;
                }
            }
        }
    }

    private static boolean portTaken(Path log) {
        try {
            return Files.readString(log).contains("was already in use");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The producer our services publish with (idempotent, acks=all, linger 5 ms, 64 KiB batches, the same
     * serializer), for db-scheduler's task and for requests the benchmark sends to workers.
     */
    public KafkaProducer<String, Object> eventProducer() {
        return eventProducer("/viraltracker/benchmarks", 5);
    }

    /**
     * The same producer with another CloudEvent source (the scheduler's, for events byte for byte like its own)
     * or another linger (db-scheduler tuned: each of its threads waits for one send, so lingering only delays it).
     */
    public KafkaProducer<String, Object> eventProducer(String source, int lingerMillis) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, lingerMillis);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaProducer<>(config, new StringSerializer(), new CloudEventSerializer().withSource(source));
    }

    /**
     * Makes the broker stamp each record with the time it appended it, so "on the topic" is the broker's own
     * clock rather than the producer's or the benchmark's consumer's.
     */
    public void stampWithAppendTime(String topic) throws ExecutionException, InterruptedException {
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        var op =
                new AlterConfigOp(new ConfigEntry("message.timestamp.type", "LogAppendTime"), AlterConfigOp.OpType.SET);
        admin.incrementalAlterConfigs(Map.of(resource, List.of(op))).all().get();
    }

    /** Moves a (not running) consumer group to the end of a topic, so a worker ignores what earlier scenarios left. */
    public void skipToEnd(String group, String topic) throws ExecutionException, InterruptedException {
        Collection<TopicPartition> partitions =
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                        .map(p -> new TopicPartition(topic, p.partition()))
                        .toList();
        var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                .all()
                .get();
        Map<TopicPartition, OffsetAndMetadata> offsets = ends.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> new OffsetAndMetadata(e.getValue().offset())));
        admin.alterConsumerGroupOffsets(group, offsets).all().get();
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
