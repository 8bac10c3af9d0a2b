package com.viraltracker.faultsuite.stack;

import com.viraltracker.events.Topics;
import com.viraltracker.testing.process.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A single-node KRaft broker in its own process, from Kafka's own jars (as {@code ./stack} runs one), on fixed
 * ports with a persistent log directory: it can be killed and started again and comes back with its topics and
 * committed offsets, like a restarted production broker.
 */
public final class KafkaBrokerProcess implements AutoCloseable {
    private final Path directory;
    private final int port;
    private final Path properties;
    private Process process;

    private KafkaBrokerProcess(Path directory, int port) {
        this.directory = directory;
        this.port = port;
        this.properties = directory.resolve("server.properties");
    }

    /** Formats a fresh log directory, starts the broker and creates every project topic. */
    public static KafkaBrokerProcess start(Path directory, int partitions) {
        KafkaBrokerProcess broker = new KafkaBrokerProcess(directory.toAbsolutePath(), ServiceProcess.freePort());
        broker.format(ServiceProcess.freePort());
        broker.launch();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "stop-kafka-broker"));
        broker.awaitReady(Duration.ofSeconds(60));
        broker.createTopics(partitions);
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    private void format(int controllerPort) {
        try {
            Files.createDirectories(directory.resolve("data"));
            Files.writeString(
                    properties,
                    String.join(
                            "\n",
                            "process.roles=broker,controller",
                            "node.id=1",
                            "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                            "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                            "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                            "controller.listener.names=CONTROLLER",
                            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                            "inter.broker.listener.name=PLAINTEXT",
                            "log.dirs=" + directory.resolve("data"),
                            "num.partitions=3",
                            "offsets.topic.replication.factor=1",
                            "offsets.topic.num.partitions=3",
                            "transaction.state.log.replication.factor=1",
                            "transaction.state.log.min.isr=1",
                            "share.coordinator.state.topic.replication.factor=1",
                            "share.coordinator.state.topic.min.isr=1",
                            "group.initial.rebalance.delay.ms=0",
                            "auto.create.topics.enable=false",
                            ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // "--cluster-id=": an id may start with '-', which would otherwise read as an option.
        Process formatting = java(
                "kafka.tools.StorageTool", "format", "--cluster-id=" + randomClusterId(), "-c", properties.toString());
        try {
            if (!formatting.waitFor(60, TimeUnit.SECONDS) || formatting.exitValue() != 0) {
                throw new IllegalStateException("formatting the broker's storage failed; see " + log());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A KRaft cluster id: 16 random bytes, base64url without padding. */
    private static String randomClusterId() {
        UUID uuid = UUID.randomUUID();
        var bytes = java.nio.ByteBuffer.allocate(16)
                .putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits())
                .array();
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void launch() {
        process = java("kafka.Kafka", properties.toString());
    }

    /** The broker runs on the test JVM's own classpath: Kafka's server jars come with spring-kafka-test. */
    private Process java(String mainClass, String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m",
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
        command.addAll(List.of(arguments));
        try {
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + mainClass, e);
        }
    }

    private Path log() {
        return directory.resolve("kafka.log");
    }

    /** Waits until the broker answers an admin request. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the broker exited with " + process.exitValue() + "; see " + log());
            }
            if (listening() && answers()) {
                return;
            }
            Pause.millis(200);
        }
        throw new IllegalStateException("the broker was not ready within " + timeout + "; see " + log());
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean answers() {
        try (Admin admin = admin()) {
            admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private void createTopics(int partitions) {
        try (Admin admin = admin()) {
            admin.createTopics(Topics.all().stream()
                            .map(topic -> new NewTopic(topic, partitions, (short) 1))
                            .toList())
                    .all()
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not create the topics", e);
        }
    }

    public Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                10000));
    }

    /** SIGKILL: the broker dies without flushing or telling anyone, as in a machine crash. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the broker again on the same ports and log directory; returns once it answers. */
    public void restart(Duration timeout) {
        if (process.isAlive()) {
            throw new IllegalStateException("the broker is still running");
        }
        launch();
        awaitReady(timeout);
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }
}
