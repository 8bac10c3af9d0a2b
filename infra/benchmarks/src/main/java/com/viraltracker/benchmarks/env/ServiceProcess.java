package com.viraltracker.benchmarks.env;

import com.viraltracker.testing.TestTokens;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service started the way a user starts it ({@code java <opts> -jar <service>.jar}, configured through its
 * environment variables), timed from process start to its readiness probe answering UP.
 */
public final class ServiceProcess implements AutoCloseable {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Service service;
    private final Process process;
    private final int port;
    private final Duration startTime;

    private ServiceProcess(Service service, Process process, int port, Duration startTime) {
        this.service = service;
        this.process = process;
        this.port = port;
        this.startTime = startTime;
    }

    /**
     * Starts {@code java <javaArguments>} (options, then {@code -jar <jar>}) and waits until the service is ready;
     * the log goes to {@code logFile}.
     */
    public static ServiceProcess start(
            Service service, List<String> javaArguments, Map<String, String> env, Path logFile, Duration timeout)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(ClassDataSharing.java());
        command.addAll(javaArguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("AUTH_"));
        builder.environment().putAll(env);
        builder.environment().put("PORT", Integer.toString(port));
        Files.createDirectories(logFile.getParent());
        long started = System.nanoTime();
        Process process = builder.start();
        long deadline = started + timeout.toNanos();
        while (!ready(port)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.jarName() + " exited with " + process.exitValue()
                        + " before it was ready; see " + logFile);
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        service.jarName() + " not ready within " + timeout + "; see " + logFile);
            }
            Thread.sleep(25);
        }
        return new ServiceProcess(service, process, port, Duration.ofNanos(System.nanoTime() - started));
    }

    private static boolean ready(int port) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(2))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public Service service() {
        return service;
    }

    public Duration startTime() {
        return startTime;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Resident memory of the JVM process, from /proc (Linux). */
    public long residentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        throw new IOException("no VmRSS for pid " + process.pid());
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", TestTokens.bearer(TestTokens.admin()))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
