package com.viraltracker.observability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the provisioning files are: {@code infra/observability} of the repository. */
public record ObservabilityFiles(Path root) {

    /** Found from the working directory: this module's directory (Maven runs tests there) or the repository root. */
    public static ObservabilityFiles find() {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate = here; candidate != null; candidate = candidate.getParent()) {
            for (Path root : List.of(
                    candidate,
                    candidate.resolve("infra/observability"),
                    candidate.resolve("../observability").normalize())) {
                if (Files.isRegularFile(root.resolve("prometheus/prometheus.yml"))
                        && Files.isDirectory(root.resolve("grafana/dashboards"))) {
                    return new ObservabilityFiles(root.normalize());
                }
            }
        }
        throw new IllegalStateException("no infra/observability (prometheus/prometheus.yml) above " + here);
    }

    public Path prometheusConfig() {
        return root.resolve("prometheus/prometheus.yml");
    }

    public List<Path> ruleFiles() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("prometheus"))) {
            return files.filter(f -> f.getFileName().toString().matches("(alerts|rules).*\\.ya?ml"))
                    .sorted()
                    .toList();
        }
    }

    /** The {@code promtool test rules} unit tests of the alert rules. */
    public Path alertTests() {
        return root.resolve("prometheus/alert-tests.yml");
    }

    public Path dashboards() {
        return root.resolve("grafana/dashboards");
    }

    public Path provisioning() {
        return root.resolve("grafana/provisioning");
    }

    /** The repository's root, where the service modules' target/ directories are. */
    public Path repository() {
        return root.resolve("../..").normalize();
    }
}
