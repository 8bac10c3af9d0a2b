package com.viraltracker.helm;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One rendered Kubernetes object, as the YAML tree helm printed. */
record Manifest(ObjectNode tree) {
    /** Duplicate keys are an error, as they are for the API server's strict field validation. */
    static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    /** Every document of {@code helm template}'s output (empty documents left out). */
    static List<Manifest> parseAll(String yaml) {
        try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            List<Manifest> manifests = new ArrayList<>();
            while (documents.hasNextValue()) {
                JsonNode document = documents.nextValue();
                if (document instanceof ObjectNode object) {
                    manifests.add(new Manifest(object));
                }
            }
            return manifests;
        } catch (IOException e) {
            throw new UncheckedIOException("helm printed YAML that does not parse", e);
        }
    }

    String apiVersion() {
        return tree.path("apiVersion").asText();
    }

    String kind() {
        return tree.path("kind").asText();
    }

    String name() {
        return tree.path("metadata").path("name").asText();
    }

    JsonNode at(String pointer) {
        return tree.at(pointer);
    }

    /** A deep copy to break on purpose. */
    Manifest copy() {
        return new Manifest(tree.deepCopy());
    }

    String yaml() {
        try {
            return YAML.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Manifest> ofKind(List<Manifest> manifests, String kind) {
        return manifests.stream().filter(m -> m.kind().equals(kind));
    }

    static Manifest named(List<Manifest> manifests, String kind, String name) {
        return ofKind(manifests, kind)
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " rendered"));
    }

    @Override
    public String toString() {
        return apiVersion() + " " + kind() + " " + name();
    }
}
