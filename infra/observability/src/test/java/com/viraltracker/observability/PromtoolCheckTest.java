package com.viraltracker.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** promtool (Debian's prometheus package; .ci/run installs it) accepts our Prometheus config and alert rules. */
class PromtoolCheckTest {
    private final ObservabilityFiles files = ObservabilityFiles.find();

    @Test
    void promtool_accepts_the_prometheus_config() throws Exception {
        Promtool.Result result = Promtool.checkConfig(files.prometheusConfig());

        assertThat(result.passed()).as(result.output()).isTrue();
    }

    @Test
    void promtool_accepts_every_alert_rule() throws Exception {
        Promtool.Result result = Promtool.checkRules(files.ruleFiles());

        assertThat(result.passed()).as(result.output()).isTrue();
        assertThat(result.output()).contains("SUCCESS: 10 rules found");
    }

    @Test
    void promtool_rejects_a_rule_with_broken_promql(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("alerts.yml");
        Files.writeString(broken, """
                groups:
                  - name: broken
                    rules:
                      - alert: Broken
                        expr: sum(rate(x[5m]) >
                """);

        assertThat(Promtool.checkRules(List.of(broken)).passed()).isFalse();
    }
}
