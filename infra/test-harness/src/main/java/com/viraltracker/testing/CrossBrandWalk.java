package com.viraltracker.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks every operation a service's OpenAPI document ({@code /v3/api-docs}) lists, as a caller of brand A against
 * brand B's resources, and expects each to answer 404 — so no endpoint can be added without being checked. The
 * test says only how to name B's resources ({@code jobs/{id}} → B's job) and what body each write sends; an
 * operation it cannot build is a failure, not a skip. Reads are sent again with B's own token and must succeed,
 * which proves that the 404 came from brand scoping and not from a resource or request that does not exist.
 */
public final class CrossBrandWalk {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final WebTestClient client;
    private final UUID otherBrand;
    private final Map<String, Object> ids = new HashMap<>();
    private final Map<String, Body> bodies = new HashMap<>();
    private final Map<String, Integer> shared = new HashMap<>();
    private final Map<String, Map<String, Object>> queries = new HashMap<>();

    private record Body(MediaType type, Object value) {}

    /** @param port the service's port; the walk sends exactly the tokens it is given, nothing by default */
    public CrossBrandWalk(int port, UUID otherBrand) {
        // Patient: the first request builds the OpenAPI document, which takes seconds on a loaded build machine.
        this.client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
        this.otherBrand = otherBrand;
    }

    /** B's resource for a path variable, named by the segment before it: {@code id("jobs/{id}", jobId)}. */
    public CrossBrandWalk id(String segmentAndVariable, Object value) {
        ids.put(segmentAndVariable, value);
        return this;
    }

    /** The body an operation ({@code "POST /api/v1/jobs"}) sends; valid, so that only scoping can refuse it. */
    public CrossBrandWalk body(String operation, MediaType type, Object value) {
        bodies.put(operation, new Body(type, value));
        return this;
    }

    /**
     * A query parameter an operation ({@code "GET /api/v1/brands/{brandId}/performance"}) is sent with, such as a
     * required period; valid, so that only scoping can refuse the request.
     */
    public CrossBrandWalk query(String operation, String name, Object value) {
        queries.computeIfAbsent(operation, key -> new HashMap<>()).put(name, value);
        return this;
    }

    /** An operation on what no brand owns (the template library), with the status it must answer instead. */
    public CrossBrandWalk shared(String operation, int expectedStatus) {
        shared.put(operation, expectedStatus);
        return this;
    }

    /**
     * Sends every documented operation with {@code callerToken} (brand A) at brand B and asserts the outcome;
     * returns the operations walked.
     */
    public List<String> walk(String callerToken, String otherBrandReaderToken) {
        JsonNode paths = JSON.readTree(Answers.okText(client.get()
                        .uri("/v3/api-docs")
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.admin()))))
                .path("paths");
        List<String> walked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        Map<String, String> readsToConfirm = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                String key = method.toUpperCase(Locale.ROOT) + " " + path.getKey();
                walked.add(key);
                String uri = buildUri(path.getKey(), operation, key, used, failures);
                if (uri == null) {
                    continue;
                }
                Body body = null;
                if (operation.has("requestBody")) {
                    body = bodies.get(key);
                    used.add(key);
                    if (body == null) {
                        failures.add(key + ": no body given for it (CrossBrandWalk.body)");
                        continue;
                    }
                }
                int expected = shared.getOrDefault(key, 404);
                int status = send(method, uri, body, callerToken);
                if (status != expected) {
                    failures.add(key + " as " + uri + ": expected " + expected + " for another brand's caller, got "
                            + status);
                }
                if ("get".equals(method) && !shared.containsKey(key)) {
                    readsToConfirm.put(key, uri);
                }
            }
        }
        readsToConfirm.forEach((key, uri) -> {
            int status = send("get", uri, null, otherBrandReaderToken);
            if (status / 100 != 2) {
                failures.add(key + " as " + uri + ": the owning brand's reader got " + status
                        + ", so the 404 proves nothing; name an existing resource of brand B");
            }
        });
        Set<String> configured = new LinkedHashSet<>(ids.keySet());
        configured.addAll(bodies.keySet());
        configured.addAll(shared.keySet());
        configured.addAll(queries.keySet());
        configured.removeAll(used);
        shared.keySet().stream().filter(walked::contains).forEach(configured::remove);
        if (!configured.isEmpty()) {
            failures.add("configured but not in the OpenAPI document (stale?): " + configured);
        }
        assertThat(walked).as("operations in /v3/api-docs").isNotEmpty();
        assertThat(failures)
                .as("cross-brand walk of " + walked.size() + " operations")
                .isEmpty();
        return walked;
    }

    private String buildUri(String template, JsonNode operation, String key, Set<String> used, List<String> failures) {
        Map<String, Object> values = new HashMap<>();
        Matcher variables = VARIABLE.matcher(template);
        while (variables.find()) {
            String name = variables.group(1);
            if ("brandId".equals(name)) {
                values.put(name, otherBrand);
                continue;
            }
            String before = template.substring(0, variables.start() - 1);
            String reference = before.substring(before.lastIndexOf('/') + 1) + "/{" + name + "}";
            used.add(reference);
            if (!ids.containsKey(reference)) {
                failures.add(key + ": no resource of brand B named for " + reference + " (CrossBrandWalk.id)");
                return null;
            }
            values.put(name, ids.get(reference));
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(template);
        Map<String, Object> given = queries.getOrDefault(key, Map.of());
        if (!given.isEmpty()) {
            used.add(key);
        }
        Set<String> undocumented = new LinkedHashSet<>(given.keySet());
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"query".equals(parameter.path("in").asString())) {
                continue;
            }
            String name = parameter.path("name").asString();
            undocumented.remove(name);
            if ("brand_id".equals(name)) {
                uri.queryParam(name, otherBrand);
            } else if (given.containsKey(name)) {
                uri.queryParam(name, given.get(name));
            } else if (parameter.path("required").asBoolean(false)) {
                failures.add(key + ": required query parameter " + name + " is not known to the walk");
                return null;
            }
        }
        if (!undocumented.isEmpty()) {
            failures.add(key + ": query parameters given but not documented (stale?): " + undocumented);
        }
        return uri.buildAndExpand(values).toUriString();
    }

    private int send(String method, String uri, Body body, String token) {
        var request = client.method(HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)))
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        var exchange = body == null
                ? request.exchange()
                : request.contentType(body.type()).bodyValue(body.value()).exchange();
        return exchange.returnResult(byte[].class).getStatus().value();
    }
}
