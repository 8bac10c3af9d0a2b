package com.viraltracker.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The validation is strict: each manifest here is a rendered one broken in one place, the way a template slip
 * breaks it, and each must be refused naming what is wrong. Unbroken, the same manifests pass.
 */
class StrictSchemaTest {
    private final List<Manifest> large = Renders.of(Chart.large());

    @Test
    void the_unbroken_manifests_pass() {
        for (Manifest manifest : List.of(scheduler(), topic(), user(), serviceMonitor(), rule())) {
            assertThat(KubernetesSchemas.violations(manifest))
                    .as(manifest.toString())
                    .isEmpty();
        }
    }

    @Test
    void refuses_an_unknown_field_in_a_container() {
        Manifest broken = broken(scheduler(), tree -> container(tree).put("imagePullPolicyy", "Always"));

        assertThat(KubernetesSchemas.violations(broken))
                .singleElement()
                .asString()
                .contains("imagePullPolicyy");
    }

    @Test
    void refuses_an_unknown_field_at_the_top_of_the_spec() {
        Manifest broken = broken(scheduler(), tree -> ((ObjectNode) tree.get("spec")).put("replica", 2));

        assertThat(KubernetesSchemas.violations(broken))
                .singleElement()
                .asString()
                .contains("replica");
    }

    @Test
    void refuses_a_string_where_the_api_wants_an_integer() {
        Manifest broken = broken(scheduler(), tree -> ((ObjectNode) tree.get("spec")).put("replicas", "2"));

        assertThat(KubernetesSchemas.violations(broken))
                .singleElement()
                .asString()
                .contains("Integer");
    }

    @Test
    void refuses_a_number_where_the_api_wants_a_string() {
        // The classic template slip: an environment variable's value rendered without quotes.
        Manifest broken = broken(scheduler(), tree -> {
            ArrayNode env = (ArrayNode) container(tree).get("env");
            env.addObject().put("name", "DISPATCH_BATCH_SIZE").put("value", 500);
        });

        assertThat(KubernetesSchemas.violations(broken))
                .singleElement()
                .asString()
                .contains("String");
    }

    @Test
    void refuses_a_label_value_that_is_not_a_string() {
        Manifest broken = broken(
                scheduler(), tree -> ((ObjectNode) tree.at("/metadata/labels")).put("viraltracker.io/tier", true));

        assertThat(KubernetesSchemas.violations(broken))
                .singleElement()
                .asString()
                .contains("String");
    }

    @Test
    void refuses_a_list_where_the_api_wants_an_object() {
        Manifest broken = broken(
                scheduler(),
                tree -> ((ObjectNode) tree.at("/spec/template/spec"))
                        .putArray("securityContext")
                        .add("runAsNonRoot"));

        assertThat(KubernetesSchemas.violations(broken))
                .singleElement()
                .asString()
                .contains("PodSecurityContext");
    }

    @Test
    void refuses_a_strimzi_topic_with_partitions_as_text_or_an_unknown_field() {
        Manifest textPartitions = broken(topic(), tree -> ((ObjectNode) tree.get("spec")).put("partitions", "24"));
        Manifest unknownField = broken(topic(), tree -> ((ObjectNode) tree.get("spec")).put("partition", 24));

        assertThat(KubernetesSchemas.violations(textPartitions))
                .singleElement()
                .asString()
                .contains("Integer");
        assertThat(KubernetesSchemas.violations(unknownField))
                .singleElement()
                .asString()
                .contains("partition");
    }

    @Test
    void refuses_an_acl_operation_strimzi_does_not_know() {
        Manifest broken =
                broken(user(), tree -> ((ArrayNode) tree.at("/spec/authorization/acls/0/operations")).add("Scribble"));

        assertThat(KubernetesSchemas.violations(broken))
                .singleElement()
                .asString()
                .contains("Scribble");
    }

    @Test
    void refuses_an_unknown_field_in_a_service_monitor_endpoint_and_a_rule() {
        Manifest monitor =
                broken(serviceMonitor(), tree -> ((ObjectNode) tree.at("/spec/endpoints/0")).put("paht", "/"));
        Manifest rule =
                broken(rule(), tree -> ((ObjectNode) tree.at("/spec/groups/0/rules/0")).put("expression", "up"));

        assertThat(KubernetesSchemas.violations(monitor))
                .singleElement()
                .asString()
                .contains("paht");
        assertThat(KubernetesSchemas.violations(rule))
                .singleElement()
                .asString()
                .contains("expression");
    }

    @Test
    void refuses_a_kind_it_has_no_schema_for() {
        Manifest unknown = broken(scheduler(), tree -> tree.put("apiVersion", "apps/v1beta1"));

        assertThat(KubernetesSchemas.violations(unknown))
                .singleElement()
                .asString()
                .contains("no schema");
    }

    @Test
    void refuses_a_name_the_api_server_would_refuse() {
        Manifest underscore =
                broken(topic(), tree -> ((ObjectNode) tree.get("metadata")).put("name", "jobs.meta_sync"));

        assertThat(KubernetesSchemas.violations(underscore))
                .singleElement()
                .asString()
                .contains("DNS-1123");
    }

    @Test
    void refuses_a_duplicate_key() {
        String yaml = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: viraltracker-common
                  name: viraltracker-other
                """;

        assertThatThrownBy(() -> Manifest.parseAll(yaml)).hasStackTraceContaining("Duplicate field 'name'");
    }

    private Manifest scheduler() {
        return Manifest.named(large, "Deployment", "viraltracker-scheduler-service");
    }

    private Manifest topic() {
        return Manifest.named(large, "KafkaTopic", "viraltracker.jobs.meta-sync.v1");
    }

    private Manifest user() {
        return Manifest.named(large, "KafkaUser", "meta-sync-service");
    }

    private Manifest serviceMonitor() {
        return Manifest.named(large, "ServiceMonitor", "viraltracker");
    }

    private Manifest rule() {
        return Manifest.named(large, "PrometheusRule", "viraltracker");
    }

    private static ObjectNode container(ObjectNode deployment) {
        return (ObjectNode) deployment.at("/spec/template/spec/containers/0");
    }

    private static Manifest broken(Manifest original, Consumer<ObjectNode> breakage) {
        Manifest copy = original.copy();
        breakage.accept(copy.tree());
        return copy;
    }
}
