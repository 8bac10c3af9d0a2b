package com.viraltracker.observability.live;

import java.io.IOException;
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

/** One service started from its packaged jar ({@code <module>/target/<module>-<version>.jar}) as its own process. */
final class JavaService implements AutoCloseable {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private JavaService(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static JavaService start(
            Path repository,
            String module,
            int port,
            Map<String, String> environment,
            List<String> arguments,
            Path logs)
            throws IOException {
        Path built = repository.resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT.jar");
        if (!Files.isRegularFile(built)) {
            throw new IllegalStateException(built + " is missing: package the services first " + "(./mvnw -pl " + module
                    + " package, or build the whole reactor)");
        }
        Path jar = privateCopy(built, logs.resolveSibling("jars"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m",
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString()));
        command.addAll(arguments);
        Files.createDirectories(logs);
        Path log = logs.resolve(module + ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // A developer's AUTH_JWT_ISSUER_URI beside the check's secret would stop the service from starting.
        builder.environment().keySet().removeIf(key -> key.startsWith("AUTH_"));
        builder.environment().putAll(environment);
        builder.environment().put("PORT", Integer.toString(port));
        return new JavaService(module, port, builder.start(), log);
    }

    /**
     * A copy of the jar for this check alone: a build of the module rewrites target/ while the service runs, and a
     * JVM whose jar changes under it fails on its next class load. A copy caught mid-write is taken again.
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
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while copying " + jar, e);
            }
        }
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Waits until the service reports UP on /actuator/health (its database, broker and migrations ready). */
    void awaitUp(Instant deadline) throws IOException, InterruptedException {
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> health = HTTP.send(
                        HttpRequest.newBuilder(uri("/actuator/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " was not UP on port " + port + " in time; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
