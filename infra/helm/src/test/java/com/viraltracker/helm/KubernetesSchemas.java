package com.viraltracker.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads each rendered object strictly into the Kubernetes API type of its apiVersion and kind: an unknown field,
 * a wrong type (a number where the API wants a string, a string where it wants an integer), a duplicate key or an
 * unknown kind is a violation, as the API server's strict field validation would answer it.
 *
 * <p>The types are fabric8's kubernetes-model, generated from the Kubernetes OpenAPI schemas, prometheus-operator's
 * types from fabric8's monitoring model, and Strimzi's own api model (which Strimzi generates its CRDs from). Their
 * usual leniency is switched off: no any-setter collects unknown fields, no scalar is coerced into another type.
 * Strimzi's enums read a value they do not know as null; {@link KnownEnumValuesOnly} makes that an error.
 * KEDA's ScaledObject has no such model on Maven Central: it is the one documented exception ({@link #EXCEPTIONS}).
 * What no type checks: values of fields the Kubernetes models type as plain strings though the API lists their
 * values ({@code imagePullPolicy}, {@code protocol}, {@code pathType}); ChartSafetyTest pins the chart's own.
 */
final class KubernetesSchemas {
    private static final Map<String, Class<?>> TYPES = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1/KafkaUser", KafkaUser.class));

    /** Rendered kinds checked another way, with the reason (the chart's README says the same). */
    static final Map<String, String> EXCEPTIONS = Map.of(
            "keda.sh/v1alpha1/ScaledObject",
            "KEDA publishes no schema model on Maven Central; ChartSourcesTest checks what it names instead");

    /** metadata.name of every object: a DNS-1123 subdomain (the API server's rule for these kinds). */
    private static final Pattern DNS_SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    /** A Service's name is a DNS-1035 label: it becomes a DNS name and environment variable prefixes. */
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");

    private static final ObjectMapper STRICT = strictMapper();

    private KubernetesSchemas() {}

    /** What is wrong with this object; empty when the API server would take it as it is. */
    static List<String> violations(Manifest manifest) {
        String type = manifest.apiVersion() + "/" + manifest.kind();
        List<String> violations = new ArrayList<>();
        nameViolation(manifest).ifPresent(violations::add);
        Class<?> model = TYPES.get(type);
        if (model == null) {
            if (!EXCEPTIONS.containsKey(type)) {
                violations.add(manifest + ": no schema for " + type);
            }
            return violations;
        }
        try {
            STRICT.treeToValue(manifest.tree(), model);
        } catch (Exception e) {
            violations.add(manifest + ": " + firstLine(e.getMessage()));
        }
        return violations;
    }

    static boolean hasSchema(Manifest manifest) {
        return TYPES.containsKey(manifest.apiVersion() + "/" + manifest.kind());
    }

    private static Optional<String> nameViolation(Manifest manifest) {
        String name = manifest.name();
        boolean service = manifest.kind().equals("Service");
        boolean valid = service
                ? name.length() <= 63 && DNS_LABEL.matcher(name).matches()
                : name.length() <= 253 && DNS_SUBDOMAIN.matcher(name).matches();
        return valid
                ? Optional.empty()
                : Optional.of(manifest + ": metadata.name is not a DNS-1123 " + (service ? "label" : "subdomain"));
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .annotationIntrospector(new NoLeniency())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(new SimpleModule().setDeserializerModifier(new KnownEnumValuesOnly()))
                .build();
        for (LogicalType number : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(number).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        for (CoercionInputShape scalar :
                List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        return mapper;
    }

    /**
     * The models keep unknown fields in an any-setter map (and some ignore them): here an unknown field fails,
     * as it does under {@code kubectl --validate=strict}.
     */
    private static final class NoLeniency extends JacksonAnnotationIntrospector {
        @Override
        public Boolean hasAnySetter(Annotated annotated) {
            return Boolean.FALSE;
        }

        @Override
        public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated annotated) {
            return JsonIgnoreProperties.Value.empty();
        }
    }
}
