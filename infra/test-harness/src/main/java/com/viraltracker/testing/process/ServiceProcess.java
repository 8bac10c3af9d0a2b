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
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

/**
 * One service as production runs it: {@code java <options> -jar <service>.jar <arguments>} in its own process,
 * configured by environment variables, logging to a file. It keeps its HTTP port across {@link #restart()}, so callers'
 * URLs stay valid after a crash and restart, as behind a real orchestrator. The harness, the suites, the observability
 * checks and the benchmarks all start services through this one class ({@link #launch} for the options).
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

    private final Launch settings;
    private final Path jar;
    private final int port;
    private volatile Process process;
    private volatile long launchedAt;
    private volatile Duration startTime;

    private ServiceProcess(Launch settings, Path jar, int port) {
        this.settings = settings;
        this.jar = jar;
        this.port = port;
    }

    /**
     * Starts {@code jar} on a free port with {@code environment} (plus {@code PORT}) and the test JVM options; the log
     * goes to {@code logDirectory/<name>.log}. Returns at once: call {@link #awaitReady(Duration)}.
     */
    public static ServiceProcess start(String name, Path jar, Map<String, String> environment, Path logDirectory) {
        return launch(name, jar)
                .environment(environment)
                .log(logDirectory.resolve(name + ".log"))
                .start();
    }

    /** The settings of a service to start: {@code launch(name, jar)....start()}. */
    public static Launch launch(String name, Path jar) {
        return new Launch(name, jar);
    }

    /** How to start one service; every setting but the name and jar has a default fit for tests. */
    public static final class Launch {
        private final String name;
        private final Path jar;
        private Map<String, String> environment = Map.of();
        private List<String> javaOptions = TEST_JAVA_OPTIONS;
        private List<String> arguments = List.of();
        private String java =
                Path.of(System.getProperty("java.home"), "bin", "java").toString();
        private Path log;
        private int port;
        private Path privateCopyDirectory;
        private String readinessPath = "/actuator/health/readiness";

        private Launch(String name, Path jar) {
            this.name = name;
            this.jar = jar;
            this.log = Path.of("target", "services", name + ".log");
        }

        /** Variables added to a cleaned environment, after {@code DB_*}, {@code KAFKA_*}… of the caller's shell. */
        public Launch environment(Map<String, String> environment) {
            this.environment = Map.copyOf(environment);
            return this;
        }

        /** JVM options before {@code -jar}; {@link #TEST_JAVA_OPTIONS} unless set. */
        public Launch javaOptions(List<String> javaOptions) {
            this.javaOptions = List.copyOf(javaOptions);
            return this;
        }

        /** Program arguments after the jar, such as {@code --some.property=value}. */
        public Launch arguments(List<String> arguments) {
            this.arguments = List.copyOf(arguments);
            return this;
        }

        /** The {@code java} executable; the running JVM's unless set. */
        public Launch java(String java) {
            this.java = java;
            return this;
        }

        /** The log file, appended to (a restarted service's log follows its previous life). */
        public Launch log(Path log) {
            this.log = log;
            return this;
        }

        /** A fixed HTTP port, for callers that must name it before the start (a Prometheus scrape configuration). */
        public Launch port(int port) {
            this.port = port;
            return this;
        }

        /**
         * Runs a copy of the jar kept in {@code directory}: a build of the module rewrites target/ while the service
         * runs, and a JVM whose jar changes under it fails on its next class load.
         */
        public Launch privateCopyIn(Path directory) {
            this.privateCopyDirectory = directory;
            return this;
        }

        /** The path whose 200 means ready; the readiness probe unless set ({@code /actuator/health} waits for all). */
        public Launch readyWhenOk(String readinessPath) {
            this.readinessPath = readinessPath;
            return this;
        }

        /** Starts the process and returns at once: call {@link #awaitReady(Duration)}. */
        public ServiceProcess start() {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar.toAbsolutePath().normalize() + " is missing: package " + name
                        + " first (./mvnw -B verify builds the services before the tests that run them)");
            }
            try {
                Files.createDirectories(log.toAbsolutePath().getParent());
                Path runnable = privateCopyDirectory == null
                        ? jar.toAbsolutePath()
                        : privateCopy(jar, privateCopyDirectory).toAbsolutePath();
                ServiceProcess service = new ServiceProcess(this, runnable, port == 0 ? freePort() : port);
                service.launch();
                // A JVM that ends early (a failed or interrupted run) must not leave services behind.
                Runtime.getRuntime().addShutdownHook(new Thread(service::killIfAlive, "stop-" + name));
                return service;
            } catch (IOException e) {
                throw new UncheckedIOException("could not start " + name, e);
            }
        }
    }

    private synchronized void launch() {
        List<String> command = new ArrayList<>();
        command.add(settings.java);
        command.addAll(settings.javaOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(settings.arguments);
        // Appending: a restarted service's log follows its previous life, so a crash and recovery read in order.
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.log.toFile()));
        Map<String, String> env = builder.environment();
        // Nothing from the developer's shell may point a service at something real.
        env.keySet()
                .removeIf(key -> key.startsWith("DB_")
                        || key.startsWith("SMTP_")
                        || key.startsWith("META_")
                        || key.startsWith("KAFKA_")
                        || key.startsWith("AUTH_")
                        || key.equals("PORT"));
        env.putAll(settings.environment);
        env.put("PORT", String.valueOf(port));
        try {
            launchedAt = System.nanoTime();
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + settings.name, e);
        }
    }

    /**
     * A copy of {@code jar} in {@code directory}; a copy caught while a build was still writing the jar is taken again.
     */
    private static Path privateCopy(Path jar, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path copy = directory.resolve(jar.getFileName());
        for (int attempt = 1; ; attempt++) {
            Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
            try (ZipFile readable = new ZipFile(copy.toFile())) {
                if (readable.getEntry("META-INF/MANIFEST.MF") != null) {
                    return copy;
                }
            } catch (IOException partial) {
                if (attempt == 5) {
                    throw partial;
                }
            }
            pause(2000);
        }
    }

    public String name() {
        return settings.name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return settings.log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Waits until the readiness path answers 200 and returns how long the service took from its (re)start; fails with
     * the end of the log when it exits or takes too long. The short poll keeps the measured start time close.
     */
    public Duration awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        settings.name + " exited with " + process.exitValue() + ":\n" + tail(40));
            }
            if (status(settings.readinessPath) == 200) {
                startTime = Duration.ofNanos(System.nanoTime() - launchedAt);
                return startTime;
            }
            pause(25);
        }
        throw new IllegalStateException(settings.name + " was not ready within " + timeout + ":\n" + tail(40));
    }

    /** How long the last (re)start took until ready, as measured by {@link #awaitReady}; null before that. */
    public Duration startTime() {
        return startTime;
    }

    /** Resident memory of the service's JVM, from /proc (Linux). */
    public long residentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        throw new IOException("no VmRSS for pid " + process.pid());
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
            throw new IllegalStateException(settings.name + " is still running (pid " + process.pid() + ")");
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
            List<String> all = Files.readAllLines(settings.log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public String toString() {
        return settings.name + " on :" + port + (process.isAlive() ? " (pid " + process.pid() + ")" : " (stopped)");
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
