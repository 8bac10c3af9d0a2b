package com.viraltracker.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every manifest helm template renders, with each values file and the options they leave off, fits its API type. */
class RenderedManifestsTest {

    static Stream<Chart> variants() {
        return Stream.of(
                Chart.small(),
                Chart.large(),
                // The options neither file turns on: KEDA, a test cluster's HS256 key, no policies, no console.
                Chart.large().with("keda.enabled=true", "keda.authenticationRef=viraltracker-kafka"),
                Chart.small()
                        .with(
                                "auth.jwt.issuerUri=",
                                "auth.jwt.hs256Secret.existingSecret=viraltracker-jwt",
                                "networkPolicy.enabled=false",
                                "ingress.enabled=false",
                                "serviceAccount.create=false",
                                "components.console.enabled=false",
                                "postgresql.existingSecret=",
                                "postgresql.password=secret",
                                "components.metaSync.meta.existingSecret=",
                                "components.metaSync.meta.accessToken=EAAtoken",
                                "components.scorecard.secretEnv.SCORECARD_MAIL_FROM=reports@example.com"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void every_rendered_manifest_fits_the_kubernetes_api(Chart chart) {
        List<Manifest> manifests = Renders.of(chart);

        List<String> violations = manifests.stream()
                .flatMap(manifest -> KubernetesSchemas.violations(manifest).stream())
                .toList();

        assertThat(manifests).isNotEmpty();
        assertThat(violations).as("schema violations").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void only_the_documented_exception_goes_unchecked(Chart chart) {
        List<String> unchecked = Renders.of(chart).stream()
                .filter(manifest -> !KubernetesSchemas.hasSchema(manifest))
                .map(manifest -> manifest.apiVersion() + "/" + manifest.kind())
                .distinct()
                .toList();

        assertThat(KubernetesSchemas.EXCEPTIONS.keySet()).containsAll(unchecked);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesFiles")
    void each_values_file_renders_what_it_promises(Chart chart, Map<String, Integer> expected) {
        Map<String, Integer> kinds = Renders.of(chart).stream()
                .collect(Collectors.toMap(Manifest::kind, m -> 1, Integer::sum, TreeMap::new));

        assertThat(kinds).isEqualTo(new TreeMap<>(expected));
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> valuesFiles() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of(
                        Chart.small(),
                        Map.of(
                                "ConfigMap", 6,
                                "Deployment", 5,
                                "Service", 5,
                                "PodDisruptionBudget", 5,
                                "NetworkPolicy", 5,
                                "Ingress", 2,
                                "ServiceAccount", 1)),
                org.junit.jupiter.params.provider.Arguments.of(
                        Chart.large(),
                        Map.ofEntries(
                                Map.entry("ConfigMap", 9),
                                Map.entry("Deployment", 5),
                                Map.entry("Service", 5),
                                Map.entry("PodDisruptionBudget", 5),
                                Map.entry("HorizontalPodAutoscaler", 3),
                                Map.entry("NetworkPolicy", 5),
                                Map.entry("Ingress", 2),
                                Map.entry("ServiceAccount", 1),
                                Map.entry("ServiceMonitor", 1),
                                Map.entry("PrometheusRule", 1),
                                Map.entry("KafkaTopic", 8),
                                Map.entry("KafkaUser", 4))));
    }
}
