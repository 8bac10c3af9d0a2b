package com.viraltracker.observability.live;

import com.viraltracker.observability.ObservabilityFiles;
import com.viraltracker.testing.SystemTools;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Debian's {@code prometheus} on a port and data directory of its own, running our prometheus.yml with its scrape
 * and rule-evaluation interval cut to one second and each service's target moved to the port it runs on here.
 * Job names, metrics paths and the alert rules are the committed ones.
 */
final class LocalPrometheus implements AutoCloseable {
    private final Process process;
    private final URI uri;
    private final Path log;

    private LocalPrometheus(Process process, URI uri, Path log) {
        this.process = process;
        this.uri = uri;
        this.log = log;
    }

    @SuppressWarnings("unchecked")
    static LocalPrometheus start(ObservabilityFiles files, Map<String, Integer> portByJob, int port, Path workDir)
            throws IOException {
        Map<String, Object> config;
        try (Reader reader = Files.newBufferedReader(files.prometheusConfig())) {
            config = new Yaml().load(reader);
        }
        Map<String, Object> global = (Map<String, Object>) config.get("global");
        global.put("scrape_interval", "1s");
        global.put("scrape_timeout", "1s");
        global.put("evaluation_interval", "1s");
        config.put(
                "rule_files",
                ((List<String>) config.get("rule_files"))
                        .stream()
                                .map(rule -> files.prometheusConfig()
                                        .resolveSibling(rule)
                                        .toAbsolutePath()
                                        .toString())
                                .toList());
        for (Map<String, Object> job : (List<Map<String, Object>>) config.get("scrape_configs")) {
            String name = (String) job.get("job_name");
            Integer servicePort = portByJob.get(name);
            if (servicePort == null) {
                throw new IllegalStateException("prometheus.yml scrapes " + name + ", which this check does not run");
            }
            job.put("static_configs", List.of(Map.of("targets", List.of("127.0.0.1:" + servicePort))));
        }
        Files.createDirectories(workDir);
        Path configFile = workDir.resolve("prometheus.yml");
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        try (Writer writer = Files.newBufferedWriter(configFile)) {
            new Yaml(options).dump(config, writer);
        }
        Path log = workDir.resolve("prometheus.log");
        Process process = new ProcessBuilder(
                        SystemTools.require("prometheus", "prometheus").toString(),
                        "--config.file=" + configFile,
                        "--storage.tsdb.path=" + workDir.resolve("data"),
                        "--web.listen-address=127.0.0.1:" + port,
                        "--storage.tsdb.retention.time=1h")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new LocalPrometheus(process, URI.create("http://127.0.0.1:" + port), log);
    }

    URI uri() {
        return uri;
    }

    void awaitReady(Instant deadline) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("prometheus exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(
                                        HttpRequest.newBuilder(uri.resolve("/-/ready"))
                                                .timeout(Duration.ofSeconds(2))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("prometheus was not ready in time; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
