package com.viraltracker.testing.openapi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Values a client would send, made from a schema alone: its {@code example}, else its {@code default}, else its
 * first {@code enum} value, else one of its format ({@code uuid} is the one subject uuid, so that every generated
 * body and path names the same brand), else its minimum. A property with none of these is sent only when it is
 * required (text {@code "generated"}, the number 1). Empty when nothing can be made.
 */
final class ExampleValues {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiDocument document;
    private final UUID subject;

    ExampleValues(ApiDocument document, UUID subject) {
        this.document = document;
        this.subject = subject;
    }

    Optional<Object> of(JsonNode schema, boolean required) {
        JsonNode resolved = document.resolve(schema);
        String type = type(resolved);
        for (String hint : List.of("example", "default")) {
            if (resolved.has(hint) && !resolved.get(hint).isNull()) {
                return Optional.of(value(resolved.get(hint), type));
            }
        }
        JsonNode examples = resolved.path("examples");
        if (examples.isArray() && !examples.isEmpty()) {
            return Optional.of(value(examples.get(0), type));
        }
        if (resolved.path("enum").isArray() && !resolved.path("enum").isEmpty()) {
            return Optional.of(value(resolved.path("enum").get(0), type));
        }
        return switch (type == null ? "" : type) {
            case "object" -> Optional.of(object(resolved));
            case "array" -> of(resolved.path("items"), required).map(item -> List.of(item));
            case "string" -> text(resolved.path("format").asString(""), required);
            case "integer" ->
                resolved.has("minimum")
                        ? Optional.of(resolved.get("minimum").asLong())
                        : required ? Optional.of(1) : Optional.empty();
            case "number" ->
                resolved.has("minimum")
                        ? Optional.of(resolved.get("minimum").decimalValue())
                        : required ? Optional.of(1) : Optional.empty();
            case "boolean" -> required ? Optional.of(true) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Map<String, Object> object(JsonNode schema) {
        Map<String, Object> body = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            if (property.getValue().path("readOnly").asBoolean(false)) {
                continue;
            }
            of(property.getValue(), required.contains(property.getKey()))
                    .ifPresent(value -> body.put(property.getKey(), value));
        }
        return body;
    }

    private Optional<Object> text(String format, boolean required) {
        return switch (format) {
            case "uuid" -> Optional.of(subject.toString());
            case "date-time" ->
                Optional.of(Instant.now()
                        .plus(1, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString());
            case "date" -> Optional.of(LocalDate.now().toString());
            case "email" -> Optional.of("conformance@example.com");
            default -> required ? Optional.of("generated") : Optional.empty();
        };
    }

    /** An example as its JSON value; an object's example written as text ({@code "{\"days_back\": 7}"}) parsed. */
    private static Object value(JsonNode example, String type) {
        if (example.isString() && ("object".equals(type) || "array".equals(type))) {
            try {
                return JSON.treeToValue(JSON.readTree(example.asString()), Object.class);
            } catch (RuntimeException notJson) {
                return example.asString();
            }
        }
        return JSON.treeToValue(example, Object.class);
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isString()) {
            return type.asString();
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asString())) {
                    return each.asString();
                }
            }
        }
        return schema.has("properties") ? "object" : null;
    }
}
