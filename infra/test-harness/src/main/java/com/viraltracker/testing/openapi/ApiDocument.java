package com.viraltracker.testing.openapi;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service's OpenAPI 3.1 document, read as a contract: its operations, and whether an answer (status, content
 * type, body) is one the document declares for an operation. Bodies are checked against the declared JSON schema
 * with format assertions on, and more strictly than the schema says in one way: an object may carry no property
 * the document does not name (unless it declares {@code additionalProperties}), so a property the document forgot
 * or misnames ({@code brandId} for {@code brand_id}) is found.
 */
public final class ApiDocument {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");

    private final JsonNode document;
    private final JsonNode strict;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi31(),
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private ApiDocument(JsonNode document) {
        this.document = document;
        this.strict = document.deepCopy();
        closeObjects(strict.path("components"));
        closeObjects(strict.path("paths"));
    }

    public static ApiDocument parse(String json) {
        return new ApiDocument(JSON.readTree(json));
    }

    /** Every operation, in the order the document lists them. */
    public List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(new ApiOperation(method.toUpperCase(Locale.ROOT), path.getKey(), operation));
                }
            }
        }
        return operations;
    }

    /** The schema a {@code $ref} points to within the document, or the schema itself. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        for (int depth = 0; depth < 10 && resolved.has("$ref"); depth++) {
            resolved = document.at(resolved.get("$ref").asString().substring(1));
        }
        return resolved;
    }

    /** What is wrong with an answer to the operation; empty when the document declares exactly this answer. */
    public List<String> check(ApiOperation operation, int status, String contentType, byte[] body) {
        JsonNode responses = operation.node().path("responses");
        String code = String.valueOf(status);
        JsonNode declared = responses.get(code);
        if (declared == null) {
            code = status / 100 + "XX";
            declared = responses.get(code);
        }
        if (declared == null) {
            code = "default";
            declared = responses.get(code);
        }
        if (declared == null) {
            return List.of("status " + status + " is not declared (declared: " + responses.propertyNames() + ")");
        }
        JsonNode content = declared.path("content");
        if (body == null || body.length == 0) {
            return content.isEmpty()
                    ? List.of()
                    : List.of(status + " came without a body, but the document declares " + content.propertyNames());
        }
        if (content.isEmpty()) {
            return List.of(status + " came with a body (" + contentType + "), but the document declares none");
        }
        if (contentType == null) {
            return List.of(status + " came with a body but no Content-Type");
        }
        MediaType actual = MediaType.parseMediaType(contentType);
        String mediaKey = null;
        for (String declaredType : content.propertyNames()) {
            MediaType candidate = MediaType.parseMediaType(declaredType);
            if (candidate.isWildcardType() || candidate.equalsTypeAndSubtype(actual)) {
                mediaKey = declaredType;
                break;
            }
        }
        if (mediaKey == null) {
            return List.of(
                    status + " came as " + contentType + ", but the document declares " + content.propertyNames());
        }
        boolean json = actual.getSubtype().equals("json") || actual.getSubtype().endsWith("+json");
        JsonNode schema = content.path(mediaKey).path("schema");
        if (!json || schema.isMissingNode()) {
            return List.of();
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (RuntimeException e) {
            return List.of(status + " came as " + contentType + " but is not JSON: " + e.getMessage());
        }
        String pointer =
                "/paths/" + escape(operation.path()) + "/" + operation.method().toLowerCase(Locale.ROOT) + "/responses/"
                        + escape(code) + "/content/" + escape(mediaKey) + "/schema";
        List<String> problems = new ArrayList<>();
        for (Error error : schema(pointer).validate(answer)) {
            problems.add(status + " body " + error.getInstanceLocation() + ": " + error.getMessage());
        }
        return problems;
    }

    /**
     * The schema at a pointer of the (strict) document, as a schema of its own that carries the document's
     * components, so that its {@code #/components/schemas/...} references resolve.
     */
    private Schema schema(String pointer) {
        return schemas.computeIfAbsent(pointer, at -> {
            ObjectNode standalone = (ObjectNode) strict.at(at).deepCopy();
            standalone.set("components", strict.path("components"));
            return registry.getSchema(standalone);
        });
    }

    /** {@code additionalProperties: false} on every object schema that names its properties and says nothing more. */
    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.path("properties").isObject()
                    && !object.has("additionalProperties")
                    && !object.has("allOf")
                    && !object.has("anyOf")
                    && !object.has("oneOf")) {
                object.put("additionalProperties", false);
            }
            object.values().forEach(ApiDocument::closeObjects);
        } else if (node != null && node.isArray()) {
            node.values().forEach(ApiDocument::closeObjects);
        }
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
