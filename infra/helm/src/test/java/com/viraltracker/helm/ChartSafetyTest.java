package com.viraltracker.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** What the chart promises about how the services run, read from what it renders. */
class ChartSafetyTest {
    private static final Map<String, Integer> PORTS = Map.of(
            "scheduler-service", 8080,
            "meta-sync-service", 8081,
            "scorecard-service", 8082,
            "ad-creation-service", 8083,
            "console", 8084);

    private final List<Manifest> large = Renders.of(Chart.large());
    private final List<Manifest> small = Renders.of(Chart.small());

    @Test
    void every_container_runs_as_non_root_on_a_read_only_root_with_a_writable_tmp() {
        for (Manifest deployment : deployments(large)) {
            JsonNode pod = deployment.at("/spec/template/spec");
            JsonNode container = pod.at("/containers/0");

            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean())
                    .as(deployment.name())
                    .isTrue();
            assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean())
                    .isTrue();
            assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true))
                    .isFalse();
            assertThat(container.at("/securityContext/capabilities/drop/0").asText())
                    .isEqualTo("ALL");
            assertThat(texts(container.path("volumeMounts"), "mountPath")).contains("/tmp");
            assertThat(pod.at("/volumes/0/emptyDir").isObject()).isTrue();
            assertThat(container.at("/resources/limits/memory").asText()).isNotEmpty();
        }
    }

    @Test
    void each_service_listens_on_its_port_and_is_probed_on_its_health_groups() {
        for (Manifest deployment : deployments(large)) {
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            String service = container.path("name").asText();

            assertThat(container.at("/ports/0/containerPort").asInt())
                    .as(service)
                    .isEqualTo(PORTS.get(service));
            assertThat(configMapValue(large, deployment.name(), "PORT")).isEqualTo(String.valueOf(PORTS.get(service)));
            assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/actuator/health/liveness");
            assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/actuator/health/liveness");
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/actuator/health/readiness");
        }
        assertThat(deployments(large))
                .extracting(m -> m.at("/spec/template/spec/containers/0/name").asText())
                .containsExactlyInAnyOrderElementsOf(PORTS.keySet());
    }

    @Test
    void services_pdbs_and_autoscalers_point_at_the_deployments_pods() {
        for (Manifest deployment : deployments(large)) {
            JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
            String name = deployment.name();

            assertThat(selects(Manifest.named(large, "Service", name).at("/spec/selector"), podLabels))
                    .isTrue();
            assertThat(selects(
                            Manifest.named(large, "PodDisruptionBudget", name).at("/spec/selector/matchLabels"),
                            podLabels))
                    .isTrue();
        }
        Manifest.ofKind(large, "HorizontalPodAutoscaler")
                .forEach(hpa -> assertThat(Manifest.named(
                                large,
                                "Deployment",
                                hpa.at("/spec/scaleTargetRef/name").asText()))
                        .isNotNull());
    }

    @Test
    void the_ingress_routes_the_apis_and_the_console_but_never_actuator() {
        for (Chart chart : List.of(Chart.small(), Chart.large())) {
            List<String> paths = Manifest.ofKind(Renders.of(chart), "Ingress")
                    .flatMap(ingress ->
                            StreamSupport.stream(ingress.at("/spec/rules").spliterator(), false))
                    .flatMap(rule -> StreamSupport.stream(rule.at("/http/paths").spliterator(), false))
                    .map(path -> path.path("backend").at("/service/name").asText() + " "
                            + path.path("path").asText())
                    .toList();

            assertThat(paths)
                    .isNotEmpty()
                    .allSatisfy(path -> assertThat(path).matches(".*-console /|.*-service (/api|/v3/api-docs)"));
        }
    }

    @Test
    void the_http_port_takes_only_the_ingress_controller_the_console_and_the_monitoring_namespace() {
        for (Manifest policy : Manifest.ofKind(large, "NetworkPolicy").toList()) {
            Set<String> peers = StreamSupport.stream(
                            policy.at("/spec/ingress/0/from").spliterator(), false)
                    .map(JsonNode::toString)
                    .collect(Collectors.toSet());
            Set<String> expected = policy.name().endsWith("-console")
                    ? Set.of(
                            "{\"namespaceSelector\":{\"matchLabels\":{\"kubernetes.io/metadata.name\":\"ingress-nginx\"}}}")
                    : Set.of(
                            "{\"namespaceSelector\":{\"matchLabels\":{\"kubernetes.io/metadata.name\":\"ingress-nginx\"}}}",
                            "{\"podSelector\":{\"matchLabels\":{\"app.kubernetes.io/name\":\"console\","
                                    + "\"app.kubernetes.io/instance\":\"viraltracker\"}}}",
                            "{\"namespaceSelector\":{\"matchLabels\":{\"kubernetes.io/metadata.name\":\"monitoring\"}}}");

            assertThat(peers).as(policy.name()).isEqualTo(expected);
            assertThat(policy.at("/spec/ingress").size()).isEqualTo(1);
        }
    }

    @Test
    void only_meta_sync_reaches_https_outside_for_meta_and_only_scorecard_reaches_smtp() {
        Map<String, List<Integer>> egressPorts = Manifest.ofKind(large, "NetworkPolicy")
                .collect(Collectors.toMap(
                        Manifest::name,
                        policy -> StreamSupport.stream(policy.at("/spec/egress").spliterator(), false)
                                .flatMap(rule ->
                                        StreamSupport.stream(rule.path("ports").spliterator(), false))
                                .map(port -> port.path("port").asInt())
                                .distinct()
                                .sorted()
                                .toList()));

        assertThat(egressPorts)
                .containsEntry("viraltracker-scheduler-service", List.of(53, 443, 5432, 9093))
                .containsEntry("viraltracker-meta-sync-service", List.of(53, 443, 5432, 9093))
                .containsEntry("viraltracker-scorecard-service", List.of(53, 443, 587, 5432, 9093))
                .containsEntry("viraltracker-ad-creation-service", List.of(53, 443, 5432, 9093))
                .containsEntry("viraltracker-console", List.of(53, 443, 8080, 8081, 8082, 8083));
        long metaRules = Manifest.named(large, "NetworkPolicy", "viraltracker-meta-sync-service")
                .at("/spec/egress")
                .size();
        long schedulerRules = Manifest.named(large, "NetworkPolicy", "viraltracker-scheduler-service")
                .at("/spec/egress")
                .size();
        assertThat(metaRules).as("the issuer's rule and Meta's").isEqualTo(schedulerRules + 1);
    }

    @Test
    void secrets_given_as_values_land_only_in_secrets() {
        List<Manifest> manifests = Renders.of(Chart.small()
                .with(
                        "postgresql.existingSecret=",
                        "postgresql.password=pg-Secret-1",
                        "components.metaSync.meta.existingSecret=",
                        "components.metaSync.meta.accessToken=EAA-Secret-2",
                        "components.metaSync.meta.tokenKeys=k1:Secret-3",
                        "components.scorecard.smtp.existingSecret=",
                        "components.scorecard.smtp.password=smtp-Secret-4",
                        "components.console.oidc.existingSecret=",
                        "components.console.oidc.clientSecret=oidc-Secret-5",
                        "components.metaSync.meta.appId=880000000000001",
                        "components.metaSync.meta.appSecret=app-Secret-6",
                        "ingress.console.host=console.example.com"));

        List<String> elsewhere = manifests.stream()
                .filter(m -> !m.kind().equals("Secret"))
                .filter(m -> m.yaml().contains("Secret-"))
                .map(Manifest::toString)
                .toList();
        String secrets = manifests.stream()
                .filter(m -> m.kind().equals("Secret"))
                .map(Manifest::yaml)
                .collect(Collectors.joining());

        assertThat(elsewhere).isEmpty();
        assertThat(secrets)
                .contains(
                        "pg-Secret-1", "EAA-Secret-2", "k1:Secret-3", "smtp-Secret-4", "oidc-Secret-5", "app-Secret-6");
    }

    @Test
    void connect_facebook_gets_the_app_id_its_secret_as_a_file_and_the_consoles_callback_as_redirect() {
        List<Manifest> manifests = Renders.of(Chart.small()
                .with(
                        "components.metaSync.meta.existingSecret=meta-credentials",
                        "components.metaSync.meta.appId=880000000000001",
                        "ingress.enabled=true",
                        "ingress.console.host=console.example.com"));

        Manifest config = Manifest.ofKind(manifests, "ConfigMap")
                .filter(m -> m.name().endsWith("meta-sync-service"))
                .findFirst()
                .orElseThrow();
        assertThat(config.at("/data/META_APP_ID").asText()).isEqualTo("880000000000001");
        assertThat(config.at("/data/META_OAUTH_REDIRECT_URI").asText())
                .isEqualTo("https://console.example.com/settings/facebook/callback");
        Manifest deployment = Manifest.ofKind(manifests, "Deployment")
                .filter(m -> m.name().endsWith("meta-sync-service"))
                .findFirst()
                .orElseThrow();
        assertThat(deployment.tree().toString())
                .contains(
                        "{\"name\":\"META_APP_SECRET_FILE\",\"value\":\"/var/run/secrets/viraltracker/meta/app-secret\"}")
                .contains("{\"key\":\"app-secret\",\"path\":\"app-secret\"}");
    }

    @Test
    void connect_facebook_without_a_console_host_or_redirect_uri_is_refused_at_render_time() {
        Chart noRedirect = Chart.small()
                .with(
                        "components.metaSync.meta.appId=880000000000001",
                        "ingress.console.host=",
                        "components.metaSync.meta.oauthRedirectUri=");

        Helm.Result result = Helm.installed().template(Chart.DIRECTORY, noRedirect.valuesFiles(), noRedirect.sets());

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.errors()).contains("give ingress.console.host or components.metaSync.meta.oauthRedirectUri");
    }

    @Test
    void workers_cannot_scale_past_the_partitions_that_feed_them() {
        Chart tooMany = Chart.large().with("components.metaSync.autoscaling.maxReplicas=7");

        Helm.Result result = Helm.installed().template(Chart.DIRECTORY, tooMany.valuesFiles(), tooMany.sets());

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.errors()).contains("maxReplicas (7) x concurrency (4) exceeds the 24 partitions");
    }

    @Test
    void the_values_the_models_keep_as_plain_strings_are_ones_the_api_accepts() {
        for (List<Manifest> manifests : List.of(small, large)) {
            for (Manifest m : manifests) {
                assertThat(m.tree().findValuesAsText("imagePullPolicy")).isSubsetOf("Always", "IfNotPresent", "Never");
                assertThat(m.tree().findValuesAsText("protocol")).isSubsetOf("TCP", "UDP", "SCTP");
                assertThat(m.tree().findValuesAsText("pathType"))
                        .isSubsetOf("Exact", "Prefix", "ImplementationSpecific");
            }
        }
    }

    private static List<Manifest> deployments(List<Manifest> manifests) {
        return Manifest.ofKind(manifests, "Deployment").toList();
    }

    private static String configMapValue(List<Manifest> manifests, String name, String key) {
        return Manifest.named(manifests, "ConfigMap", name).at("/data/" + key).asText();
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        assertThat(selector.size()).isPositive();
        return StreamSupport.stream(((Iterable<Map.Entry<String, JsonNode>>) selector::fields).spliterator(), false)
                .allMatch(entry -> entry.getValue().equals(labels.get(entry.getKey())));
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> node.path(field).asText())
                .toList();
    }
}
