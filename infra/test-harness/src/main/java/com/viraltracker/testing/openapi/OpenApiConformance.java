package com.viraltracker.testing.openapi;

import com.viraltracker.testing.Answers;
import com.viraltracker.testing.TestImages;
import com.viraltracker.testing.TestTokens;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates requests from a service's OpenAPI document and checks that every answer is one the document declares
 * for that operation (status, content type, and a body valid against the declared schema). For each operation it
 * sends: the request a client would make (values from {@link ExampleValues}, ids learned from earlier answers) as an
 * admin; the same without a token, as a viewer (for changes), and as an operator of another brand; and bad ones: an
 * id that is no uuid, an unknown id, a number that is no number, a body that is no JSON, a body of another type.
 * Operations run in the order a client would need them (creations, changes, reads, deletions), so that an id a
 * creation answers (its {@code id}, or its {@code Location}) is used by the operations under it.
 */
public final class OpenApiConformance {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

    private final WebTestClient client;
    private final ApiDocument document;
    private final UUID subject = UUID.randomUUID();
    private final ExampleValues examples;
    private final Map<String, Object> given = new HashMap<>();
    private final Map<String, String> learned = new HashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, TreeSet<Integer>> statuses = new TreeMap<>();
    private int exchanges;

    private OpenApiConformance(int port, ApiDocument document) {
        this.client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
        this.document = document;
        this.examples = new ExampleValues(document, subject);
    }

    /** The service on {@code port}, checked against the document it serves at {@code /v3/api-docs}. */
    public static OpenApiConformance of(int port) {
        WebTestClient reader = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(60))
                .build();
        String json = Answers.okText(reader.get()
                .uri("/v3/api-docs")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.admin())));
        return new OpenApiConformance(port, ApiDocument.parse(json));
    }

    /** A value for a path variable that no answer provides, such as an ad account id. */
    public OpenApiConformance pathValue(String variable, Object value) {
        given.put(variable, value);
        return this;
    }

    /** What was sent and found. */
    public record Result(int exchanges, Map<String, TreeSet<Integer>> statuses, List<String> failures) {
        /** Operations that never answered 2xx. */
        public List<String> withoutSuccess() {
            return statuses.entrySet().stream()
                    .filter(entry -> entry.getValue().stream().noneMatch(status -> status / 100 == 2))
                    .map(Map.Entry::getKey)
                    .toList();
        }
    }

    public Result run() {
        List<ApiOperation> operations = new ArrayList<>(document.operations());
        operations.sort(Comparator.comparingInt(OpenApiConformance::phase).thenComparing(ApiOperation::path));
        for (ApiOperation operation : operations) {
            statuses.put(operation.key(), new TreeSet<>());
            exercise(operation);
        }
        return new Result(exchanges, statuses, List.copyOf(failures));
    }

    /** Creations first, then changes, reads, and deletions last. */
    private static int phase(ApiOperation operation) {
        boolean underAnId = !operation.pathVariables().isEmpty();
        return switch (operation.method()) {
            case "POST" -> underAnId ? 2 : 0;
            case "PUT" -> 1;
            case "PATCH" -> 2;
            case "GET" -> 3;
            default -> 4;
        };
    }

    private void exercise(ApiOperation operation) {
        Map<String, Object> path = pathValues(operation);
        Map<String, Object> query = queryValues(operation);
        Optional<Body> body = body(operation);
        String adminToken = TestTokens.admin();

        send(operation, "without a token", path, query, body, null);
        if (!operation.reads()) {
            send(operation, "as a viewer", path, query, body, TestTokens.viewer(subject));
        }
        send(operation, "as an operator of another brand", path, query, body, TestTokens.operator(UUID.randomUUID()));
        for (JsonNode parameter : operation.parameters("path")) {
            String name = parameter.path("name").asString();
            if ("uuid"
                    .equals(document.resolve(parameter.path("schema"))
                            .path("format")
                            .asString(""))) {
                send(operation, name + " not a uuid", with(path, name, "not-a-uuid"), query, body, adminToken);
                send(operation, name + " unknown", with(path, name, UUID.randomUUID()), query, body, adminToken);
            }
        }
        for (JsonNode parameter : operation.parameters("query")) {
            String type = ExampleValues.type(document.resolve(parameter.path("schema")));
            if ("integer".equals(type) || "number".equals(type)) {
                String name = parameter.path("name").asString();
                send(operation, name + " not a number", path, with(query, name, "x"), body, adminToken);
            }
        }
        if (body.isPresent()) {
            if (body.get().type().equals(MediaType.APPLICATION_JSON)) {
                send(
                        operation,
                        "a body that is no JSON",
                        path,
                        query,
                        Optional.of(new Body(MediaType.APPLICATION_JSON, "{")),
                        adminToken);
            }
            send(
                    operation,
                    "a body of another type",
                    path,
                    query,
                    Optional.of(new Body(MediaType.TEXT_PLAIN, "x")),
                    adminToken);
        }
        EntityExchangeResult<byte[]> answer = send(operation, "as a client would", path, query, body, adminToken);
        learn(operation, answer);
    }

    private record Body(MediaType type, Object value) {}

    private EntityExchangeResult<byte[]> send(
            ApiOperation operation,
            String variant,
            Map<String, Object> path,
            Map<String, Object> query,
            Optional<Body> body,
            String token) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(operation.path());
        query.forEach(uri::queryParam);
        URI target = uri.buildAndExpand(path).encode().toUri();
        var request = client.method(HttpMethod.valueOf(operation.method())).uri(target.toString());
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        }
        WebTestClient.ResponseSpec response;
        if (body.isEmpty()) {
            response = request.exchange();
        } else if (body.get().type().equals(MediaType.MULTIPART_FORM_DATA)) {
            response = request.body(BodyInserters.fromMultipartData(
                            ((MultipartBodyBuilder) body.get().value()).build()))
                    .exchange();
        } else {
            response = request.contentType(body.get().type())
                    .bodyValue(body.get().value())
                    .exchange();
        }
        EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
        exchanges++;
        int status = result.getStatus().value();
        statuses.get(operation.key()).add(status);
        MediaType type = result.getResponseHeaders().getContentType();
        for (String problem : document.check(
                operation, status, type == null ? null : type.toString(), result.getResponseBodyContent())) {
            failures.add(operation.key() + " (" + variant + ", " + target + "): " + problem);
        }
        return result;
    }

    private Map<String, Object> pathValues(ApiOperation operation) {
        Map<String, Object> values = new LinkedHashMap<>();
        Matcher variables = VARIABLE.matcher(operation.path());
        while (variables.find()) {
            String name = operation.path().substring(variables.start() + 1, variables.end() - 1);
            String prefix = normalized(operation.path().substring(0, variables.end()));
            Object value = given.containsKey(name) ? given.get(name) : learned.get(prefix);
            if (value == null) {
                value = operation.parameters("path").stream()
                        .filter(parameter -> name.equals(parameter.path("name").asString()))
                        .findFirst()
                        .flatMap(this::exampleOf)
                        .orElse("generated");
            }
            values.put(name, value);
        }
        return values;
    }

    private Map<String, Object> queryValues(ApiOperation operation) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (JsonNode parameter : operation.parameters("query")) {
            exampleOf(parameter)
                    .ifPresent(value -> values.put(parameter.path("name").asString(), value));
        }
        return values;
    }

    /** A parameter's own example, else one made from its schema (sent when required, or when one can be made). */
    private Optional<Object> exampleOf(JsonNode parameter) {
        if (parameter.has("example")) {
            return Optional.of(JSON.treeToValue(parameter.get("example"), Object.class));
        }
        boolean required = parameter.path("required").asBoolean(false)
                || "path".equals(parameter.path("in").asString());
        return examples.of(parameter.path("schema"), required);
    }

    private Optional<Body> body(ApiOperation operation) {
        JsonNode content = operation.requestContent();
        if (content.has(MediaType.APPLICATION_JSON_VALUE)) {
            return Optional.of(new Body(
                    MediaType.APPLICATION_JSON,
                    examples.of(content.path(MediaType.APPLICATION_JSON_VALUE).path("schema"), true)
                            .orElse(Map.of())));
        }
        if (content.has(MediaType.IMAGE_PNG_VALUE)) {
            return Optional.of(new Body(MediaType.IMAGE_PNG, TestImages.productPng(400, 400)));
        }
        if (content.has(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            MultipartBodyBuilder parts = new MultipartBodyBuilder();
            JsonNode schema = document.resolve(
                    content.path(MediaType.MULTIPART_FORM_DATA_VALUE).path("schema"));
            for (Map.Entry<String, JsonNode> part : schema.path("properties").properties()) {
                parts.part(part.getKey(), TestImages.productPng(400, 400)).filename(part.getKey() + ".png");
            }
            return Optional.of(new Body(MediaType.MULTIPART_FORM_DATA, parts));
        }
        return Optional.empty();
    }

    /** Remembers the id a 2xx answer names for the path under it: its {@code Location}, or the {@code id} it has. */
    private void learn(ApiOperation operation, EntityExchangeResult<byte[]> answer) {
        if (answer.getStatus().value() / 100 != 2) {
            return;
        }
        URI location = answer.getResponseHeaders().getLocation();
        if (location != null) {
            String[] segments = location.getPath().split("/");
            String id = segments[segments.length - 1];
            String parent = location.getPath().substring(0, location.getPath().length() - id.length());
            learned.putIfAbsent(normalizedConcrete(parent) + "{}", id);
        }
        if (!operation.pathVariables().isEmpty()) {
            return;
        }
        byte[] body = answer.getResponseBodyContent();
        MediaType type = answer.getResponseHeaders().getContentType();
        if (body == null || type == null || !type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
            return;
        }
        JsonNode json = JSON.readTree(body);
        JsonNode first = json.isArray()
                ? json.path(0)
                : json.path("items").isArray() ? json.path("items").path(0) : json;
        if (first.path("id").isString()) {
            learned.putIfAbsent(
                    normalized(operation.path()) + "/{}", first.path("id").asString());
        }
    }

    private static String normalized(String template) {
        return VARIABLE.matcher(template).replaceAll("{}");
    }

    /** A concrete path's prefix in the form of a template whose ids are the ones already learned. */
    private String normalizedConcrete(String path) {
        String result = path;
        for (Map.Entry<String, String> id : learned.entrySet()) {
            result = result.replace("/" + id.getValue() + "/", "/{}/");
        }
        return result.replace("/" + subject + "/", "/{}/");
    }

    private static Map<String, Object> with(Map<String, Object> values, String name, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(values);
        changed.put(name, value);
        return changed;
    }
}
