package com.viraltracker.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The alert rules' thresholds and {@code for:} durations, evaluated by {@code promtool test rules} on the synthetic
 * histories of prometheus/alert-tests.yml: each alert fires on one that should page and stays silent on a healthy one.
 */
class AlertRulesTest {
    private final ObservabilityFiles files = ObservabilityFiles.find();

    @Test
    void every_alert_fires_on_a_history_that_should_page_and_stays_silent_on_a_healthy_one() throws Exception {
        Promtool.Result result = Promtool.testRules(files.alertTests());

        assertThat(result.passed()).as(result.output()).isTrue();
        assertThat(result.output()).contains("SUCCESS");
    }

    @Test
    void every_alert_has_tests_that_expect_it_to_fire_and_to_stay_silent() throws Exception {
        Set<String> alerts = alertNames();
        Map<String, Object> tests = new Yaml().load(Files.readString(files.alertTests()));
        Set<String> fires = new LinkedHashSet<>();
        Set<String> silent = new LinkedHashSet<>();
        for (Object test : (List<?>) tests.get("tests")) {
            for (Object check : (List<?>) ((Map<?, ?>) test).get("alert_rule_test")) {
                Map<?, ?> expectation = (Map<?, ?>) check;
                List<?> expected = (List<?>) expectation.get("exp_alerts");
                String alert = (String) expectation.get("alertname");
                (expected == null || expected.isEmpty() ? silent : fires).add(alert);
            }
        }

        assertThat(alerts).hasSize(10);
        assertThat(fires).as("alerts tested to fire").containsExactlyInAnyOrderElementsOf(alerts);
        assertThat(silent).as("alerts tested to stay silent").containsExactlyInAnyOrderElementsOf(alerts);
    }

    @Test
    void a_threshold_changed_in_the_rules_fails_their_tests(@TempDir Path dir) throws Exception {
        String rules = Files.readString(files.prometheusConfig().resolveSibling("alerts.yml"));
        String loosened = rules.replace(
                "viraltracker_meta_graph_usage_percent) > 90", "viraltracker_meta_graph_usage_percent) >= 90");
        assertThat(loosened).isNotEqualTo(rules);
        Files.writeString(dir.resolve("alerts.yml"), loosened);
        Path tests = dir.resolve("alert-tests.yml");
        Files.copy(files.alertTests(), tests);

        Promtool.Result result = Promtool.testRules(tests);

        assertThat(result.passed()).isFalse();
        assertThat(result.output()).contains("an ad account at exactly 90% stays silent");
    }

    private Set<String> alertNames() throws Exception {
        Set<String> names = new LinkedHashSet<>();
        for (Path file : files.ruleFiles()) {
            Map<String, Object> rules = new Yaml().load(Files.readString(file));
            for (Object group : (List<?>) rules.get("groups")) {
                for (Object rule : (List<?>) ((Map<?, ?>) group).get("rules")) {
                    Object alert = ((Map<?, ?>) rule).get("alert");
                    if (alert != null) {
                        names.add(alert.toString());
                    }
                }
            }
        }
        return names;
    }
}
