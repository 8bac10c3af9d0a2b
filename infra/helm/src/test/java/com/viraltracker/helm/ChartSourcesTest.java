package com.viraltracker.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.viraltracker.events.JobType;
import com.viraltracker.events.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * What the chart takes from elsewhere stays one source: the alert rules and dashboards of infra/observability, and
 * the topics and consumer groups of the wire contract.
 */
class ChartSourcesTest {
    private static final Path OBSERVABILITY =
            Path.of("..", "observability").toAbsolutePath().normalize();
    private static final Path ALERTS = OBSERVABILITY.resolve("prometheus/alerts.yml");
    private static final Path DASHBOARDS = OBSERVABILITY.resolve("grafana/dashboards");

    private final List<Manifest> large = Renders.of(Chart.large());
    private final List<Manifest> keda = Renders.of(Chart.large().with("keda.enabled=true"));

    @Test
    void the_prometheus_rule_holds_alerts_yml_unchanged() throws IOException {
        JsonNode alerts = Manifest.YAML.readTree(Files.readString(ALERTS));

        JsonNode rule = Manifest.named(large, "PrometheusRule", "viraltracker").at("/spec");

        assertThat(rule).isEqualTo(alerts);
    }

    @Test
    void every_dashboard_ships_unchanged() throws IOException {
        List<Path> dashboards;
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            dashboards =
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        List<Manifest> configMaps = Manifest.ofKind(large, "ConfigMap")
                .filter(m -> m.at("/metadata/labels/grafana_dashboard").asText().equals("1"))
                .toList();

        assertThat(configMaps).hasSameSizeAs(dashboards);
        for (Path dashboard : dashboards) {
            String file = dashboard.getFileName().toString();
            String shipped = configMaps.stream()
                    .map(m -> m.at("/data/" + file))
                    .filter(JsonNode::isTextual)
                    .map(JsonNode::asText)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no ConfigMap ships " + file));
            assertThat(shipped).as(file).isEqualTo(Files.readString(dashboard).stripTrailing());
        }
    }

    @Test
    void the_charts_files_are_links_to_infra_observability_not_copies() throws IOException {
        List<Path> chartFiles;
        try (Stream<Path> files = Files.walk(Chart.DIRECTORY.resolve("files"))) {
            chartFiles = files.filter(f -> !Files.isDirectory(f)).toList();
        }

        assertThat(chartFiles).isNotEmpty().allSatisfy(file -> {
            assertThat(Files.isSymbolicLink(file)).as(file + " is a link").isTrue();
            assertThat(file.toRealPath()).startsWith(OBSERVABILITY.toRealPath());
        });
    }

    @Test
    void the_kafka_topics_are_the_wire_contracts_topics() {
        Set<String> topics = Manifest.ofKind(large, "KafkaTopic")
                .map(m -> m.at("/spec/topicName").asText())
                .collect(Collectors.toSet());

        assertThat(topics).containsExactlyInAnyOrderElementsOf(Topics.all());
    }

    @Test
    void each_worker_reads_its_job_topic_in_its_consumer_group() {
        for (JobType type : JobType.values()) {
            String user = type.wireName().replace('_', '-') + "-service";
            List<String> acls = acls(Manifest.named(large, "KafkaUser", user));

            assertThat(acls)
                    .contains(
                            "topic " + type.requestTopic() + " Read",
                            "topic " + Topics.deadLetter(type.requestTopic()) + " Write",
                            "topic " + Topics.JOB_RESULTS + " Write",
                            "group " + workerGroup(type) + " Read");
            Manifest scaler = Manifest.named(keda, "ScaledObject", "viraltracker-" + user);
            assertThat(scaler.at("/spec/triggers/0/metadata/topic").asText()).isEqualTo(type.requestTopic());
            assertThat(scaler.at("/spec/triggers/0/metadata/consumerGroup").asText())
                    .isEqualTo(workerGroup(type));
            assertThat(scaler.at("/spec/scaleTargetRef/name").asText())
                    .isEqualTo(Manifest.named(keda, "Deployment", "viraltracker-" + user)
                            .name());
        }
    }

    @Test
    void the_scheduler_writes_every_job_topic_and_reads_the_results() {
        List<String> acls = acls(Manifest.named(large, "KafkaUser", "scheduler-service"));

        for (JobType type : JobType.values()) {
            assertThat(acls).contains("topic " + type.requestTopic() + " Write");
        }
        assertThat(acls).contains("topic " + Topics.JOB_RESULTS + " Read", "group viraltracker-scheduler Read");
    }

    @Test
    void prometheus_job_names_are_the_ones_the_service_down_alert_watches() throws IOException {
        String serviceDown = Manifest.YAML.readTree(Files.readString(ALERTS)).findValues("expr").stream()
                .map(JsonNode::asText)
                .filter(expr -> expr.startsWith("up{"))
                .findFirst()
                .orElseThrow();
        Matcher jobs = Pattern.compile("job=~\"([^\"]+)\"").matcher(serviceDown);
        assertThat(jobs.find()).isTrue();
        Manifest monitor = Manifest.named(large, "ServiceMonitor", "viraltracker");

        List<String> scraped = Manifest.ofKind(large, "Service")
                .filter(m -> m.at("/metadata/labels/viraltracker.io~1metrics")
                        .asText()
                        .equals("true"))
                .map(m -> m.at("/metadata/labels/"
                                + monitor.at("/spec/jobLabel").asText().replace("/", "~1"))
                        .asText())
                .toList();

        assertThat(scraped).containsExactlyInAnyOrder(jobs.group(1).split("\\|"));
    }

    /** service-support's WorkerAutoConfiguration names each job type's consumer group so. */
    private static String workerGroup(JobType type) {
        return "viraltracker-" + type.wireName() + "-worker";
    }

    private static List<String> acls(Manifest user) {
        return StreamSupport.stream(user.at("/spec/authorization/acls").spliterator(), false)
                .flatMap(acl -> StreamSupport.stream(acl.path("operations").spliterator(), false)
                        .map(op -> acl.at("/resource/type").asText() + " "
                                + acl.at("/resource/name").asText() + " " + op.asText()))
                .toList();
    }
}
