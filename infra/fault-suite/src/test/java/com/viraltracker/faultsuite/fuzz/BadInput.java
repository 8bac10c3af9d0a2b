package com.viraltracker.faultsuite.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates bad requests from a fixed seed: wrong types, huge strings, SQL metacharacters, invalid cron
 * expressions and time zones, out-of-range numbers, unknown ids, and bodies that are not JSON at all. The same
 * seed gives the same requests on every run.
 */
final class BadInput {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Object> VALUES = List.of(
            "",
            " ",
            "x".repeat(100_000),
            "'; DROP TABLE scheduled_jobs; --",
            "\" OR 1=1 --",
            "%s%n%x",
            "\u0000",
            "☃ \uD83D\uDE00",
            "../../etc/passwd",
            "61 * * * *",
            "* * *",
            "@fortnightly",
            "Mars/Olympus",
            "UTC+99",
            "2026-13-45T25:61:00Z",
            "not-a-uuid",
            "act_abc",
            "00000000-0000-0000-0000-000000000000",
            -1,
            0,
            -2_147_483_649L,
            9_999_999_999_999L,
            1e308,
            -0.5,
            51,
            1124,
            true,
            List.of(),
            Map.of("nested", Map.of()),
            List.of("a", 1, false));
    private static final List<String> NOT_JSON = List.of(
            "{",
            "[",
            "{\"a\": }",
            "nul",
            "{\"brand_id\": \"x\"",
            "[".repeat(5_000) + "]".repeat(5_000),
            "\"just a string\"",
            "42",
            "null",
            "[]");
    private static final List<String> PATH_VALUES = List.of(
            "not-a-uuid", "x".repeat(5_000), "' OR '1'='1", "-1", "99999999999999999999", "%00", "act_", "..", "null");

    private final SplittableRandom random;
    private final List<String> knownIds;
    private final Map<String, Map<String, Object>> validBodies;

    /**
     * @param validBodies a valid body per {@code "METHOD /path"}; half of such an endpoint's cases take it and break
     *                    exactly one field, so validation of each field is reached, not just the first one
     */
    BadInput(long seed, List<String> knownIds, Map<String, Map<String, Object>> validBodies) {
        this.random = new SplittableRandom(seed);
        this.knownIds = knownIds;
        this.validBodies = validBodies;
    }

    /** A request for the endpoint: the path with its parameters filled in and the query, and a body (or null). */
    record Request(String pathAndQuery, String contentType, byte[] body) {}

    Request next(Endpoint endpoint) {
        String path = endpoint.path();
        for (String parameter : endpoint.pathParameters()) {
            path = path.replace("{" + parameter + "}", encode(pathValue()));
        }
        List<String> query = new ArrayList<>();
        for (String parameter : endpoint.queryParameters()) {
            if (random.nextBoolean()) {
                query.add(parameter + "=" + encode(text(VALUES.get(random.nextInt(VALUES.size())), 2_000)));
            }
        }
        String pathAndQuery = query.isEmpty() ? path : path + "?" + String.join("&", query);
        if (endpoint.bodyContentType() == null) {
            return new Request(pathAndQuery, null, null);
        }
        if (!endpoint.bodyContentType().contains("json")) {
            byte[] junk = new byte[random.nextInt(1, 4096)];
            random.nextBytes(junk);
            return new Request(pathAndQuery, endpoint.bodyContentType(), junk);
        }
        return new Request(pathAndQuery, "application/json", body(endpoint));
    }

    private byte[] body(Endpoint endpoint) {
        Map<String, Object> valid = validBodies.get(endpoint.method() + " " + endpoint.path());
        if (valid != null && random.nextBoolean()) {
            Map<String, Object> body = new LinkedHashMap<>(valid);
            List<String> fields = new ArrayList<>(body.keySet());
            String field = fields.get(random.nextInt(fields.size()));
            body.put(field, VALUES.get(random.nextInt(VALUES.size())));
            return JSON.writeValueAsBytes(body);
        }
        if (endpoint.bodyProperties().isEmpty() || random.nextInt(4) == 0) {
            return NOT_JSON.get(random.nextInt(NOT_JSON.size())).getBytes(StandardCharsets.UTF_8);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        for (String property : endpoint.bodyProperties()) {
            if (random.nextInt(4) != 0) {
                body.put(
                        property,
                        random.nextInt(5) == 0
                                ? new UUID(random.nextLong(), random.nextLong()).toString()
                                : VALUES.get(random.nextInt(VALUES.size())));
            }
        }
        return JSON.writeValueAsBytes(body);
    }

    private String pathValue() {
        int pick = random.nextInt(PATH_VALUES.size() + 2);
        if (pick == PATH_VALUES.size()) {
            return new UUID(random.nextLong(), random.nextLong()).toString();
        }
        if (pick > PATH_VALUES.size()) {
            return knownIds.get(random.nextInt(knownIds.size()));
        }
        return PATH_VALUES.get(pick);
    }

    private static String text(Object value, int maxLength) {
        String text = String.valueOf(value);
        return text.length() > maxLength ? text.substring(0, maxLength) : text;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
