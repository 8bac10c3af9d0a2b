package com.viraltracker.testing.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service as production runs it: {@code java -jar <service>.jar} in its own process, configured only by
 * environment variables, logging to a file. It keeps its HTTP port across {@link #restart()}, so callers' URLs stay
 * valid after a crash and restart, as behind a real orchestrator.
 */
public final class ServiceProcess implements AutoCloseable {
    /** Small heaps and a quick JIT: several services share two cores in tests. */
    public static final List<String> TEST_JAVA_OPTIONS = List.of(
            "-Xms64m",
            "-Xmx256m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xss512k",
            "-Djava.awt.headless=true");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final Path jar;
    private final Map<String, String> environment;
    private final List<String> javaOptions;
    private final Path log;
    private final int port;
    private volatile Process process;

    private ServiceProcess(
            String name, Path jar, Map<String, String> environment, List<String> javaOptions, Path log, int port) {
        this.name = name;
        this.jar = jar;
        this.environment = Map.copyOf(environment);
        this.javaOptions = List.copyOf(javaOptions);
        this.log = log;
        this.port = port;
    }

    /**
     * Starts {@code jar} on a free port with {@code environment} (plus {@code PORT}); the log goes to
     * {@code logDirectory/<name>.log}. Returns at once: call {@link #awaitReady(Duration)}.
     */
    public static ServiceProcess start(String name, Path jar, Map<String, String> environment, Path logDirectory) {
        return start(name, jar, environment, logDirectory, TEST_JAVA_OPTIONS);
    }

    public static ServiceProcess start(
            String name, Path jar, Map<String, String> environment, Path logDirectory, List<String> javaOptions) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath().normalize() + " is missing: package " + name
                    + " first (./mvnw -B verify builds the services before the tests that run them)");
        }
        try {
            Files.createDirectories(logDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServiceProcess service = new ServiceProcess(
                name, jar.toAbsolutePath(), environment, javaOptions, logDirectory.resolve(name + ".log"), freePort());
        service.launch();
        // A test JVM that ends early (a failed or interrupted run) must not leave services behind.
        Runtime.getRuntime().addShutdownHook(new Thread(service::killIfAlive, "stop-" + name));
        return service;
    }

    private synchronized void launch() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toString());
        // Appending: a restarted service's log follows its previous life, so a crash and recovery read in order.
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        // Nothing from the developer's shell may point a service at something real.
        env.keySet()
                .removeIf(key -> key.startsWith("DB_")
                        || key.startsWith("SMTP_")
                        || key.startsWith("META_")
                        || key.startsWith("KAFKA_")
                        || key.startsWith("AUTH_")
                        || key.equals("PORT"));
        env.putAll(environment);
        env.put("PORT", String.valueOf(port));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until the readiness probe answers 200; fails with the end of the log when it exits or takes too long. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail(40));
            }
            if (status("/actuator/health/readiness") == 200) {
                return;
            }
            pause(200);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + ":\n" + tail(40));
    }

    /**
     * The HTTP status of a GET on this service, or -1 when nothing answers (the process is down or not listening
     * yet). Health checks use it: 200 is UP, 503 is DOWN.
     */
    public int status(String path) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(baseUrl() + path))
                                    .timeout(Duration.ofSeconds(3))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL to the service and everything it started: no shutdown hook, no graceful close, as in a crash. */
    public void kill() {
        Process current = process;
        current.descendants().forEach(ProcessHandle::destroyForcibly);
        current.destroyForcibly();
        awaitExit(current, Duration.ofSeconds(10));
    }

    /** SIGTERM, as an orchestrator sends; the service shuts down gracefully, or is killed after 20 s. */
    public void stop() {
        Process current = process;
        current.destroy();
        if (!awaitExit(current, Duration.ofSeconds(20))) {
            current.descendants().forEach(ProcessHandle::destroyForcibly);
            current.destroyForcibly();
            awaitExit(current, Duration.ofSeconds(5));
        }
    }

    private void killIfAlive() {
        if (process.isAlive()) {
            kill();
        }
    }

    /** Starts the service again on the same port with the same environment; call {@link #awaitReady} after. */
    public synchronized void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running (pid " + process.pid() + ")");
        }
        launch();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    /** The last {@code lines} lines of the log, for failure messages. */
    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public String toString() {
        return name + " on :" + port + (process.isAlive() ? " (pid " + process.pid() + ")" : " (stopped)");
    }

    private static boolean awaitExit(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A free TCP port on this machine. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
