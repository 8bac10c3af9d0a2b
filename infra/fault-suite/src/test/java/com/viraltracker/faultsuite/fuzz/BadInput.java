package com.viraltracker.faultsuite.fuzz;

import com.viraltracker.testing.UnstorableJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates bad requests from a fixed seed: wrong types, huge strings, SQL metacharacters, invalid cron
 * expressions and time zones, out-of-range numbers, unknown ids, bodies that are not JSON at all, and values that
 * parse but that PostgreSQL cannot store (U+0000, lone UTF-16 surrogates, numbers beyond a double or numeric, dates
 * beyond timestamptz). The same seed gives the same requests on every run.
 */
final class BadInput {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Dates beyond PostgreSQL's date and timestamptz, as JSON. */
    private static final List<String> DATES = List.of("\"+10000-01-01\"", "\"-0001-12-31\"");

    private static final List<Object> VALUES = Stream.<Object>concat(
                    Stream.<Object>of(
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
                            List.of("a", 1, false)),
                    Stream.of(UnstorableJson.TEXTS, UnstorableJson.NUMBERS, UnstorableJson.INSTANTS, DATES)
                            .flatMap(List::stream)
                            .map(RawJson::new))
            .toList();
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
    record Request(String pathAndQuery, String contentType, byte[] body) {
        static Request withoutBody(String pathAndQuery) {
            return new Request(pathAndQuery, null, null);
        }
    }

    /** A value written into a body as this JSON text, which no serializer would write (a lone surrogate, 1e400). */
    record RawJson(String json) {}

    /**
     * For an endpoint with a valid body, one request per field of that body (nested ones too) and value PostgreSQL
     * cannot store that fits the field (text, a number, a date), with the path naming the given resources
     * ({@code "jobs/{id}"} → a job's id), so that only that value can be refused. Empty for other endpoints.
     */
    List<Request> unstorable(Endpoint endpoint, Map<String, String> resources) {
        Map<String, Object> valid = validBodies.get(endpoint.method() + " " + endpoint.path());
        if (valid == null) {
            return List.of();
        }
        String path = endpoint.path();
        for (String parameter : endpoint.pathParameters()) {
            String segment = path.substring(0, path.indexOf("{" + parameter + "}"));
            segment = segment.substring(segment.lastIndexOf('/', segment.length() - 2) + 1);
            path = path.replace(
                    "{" + parameter + "}",
                    encode(resources.getOrDefault(
                            segment + "{" + parameter + "}",
                            new UUID(random.nextLong(), random.nextLong()).toString())));
        }
        List<Request> requests = new ArrayList<>();
        Map<String, Object> leaves = new LinkedHashMap<>();
        leaves(valid, "", leaves);
        for (Map.Entry<String, Object> leaf : leaves.entrySet()) {
            for (String value : unstorableFor(leaf.getValue())) {
                requests.add(new Request(
                        path,
                        "application/json",
                        UnstorableJson.replacing(valid, leaf.getKey(), value).getBytes(StandardCharsets.UTF_8)));
            }
        }
        return requests;
    }

    private static List<String> unstorableFor(Object value) {
        if (value instanceof Number) {
            return UnstorableJson.NUMBERS;
        }
        if (value instanceof String text && isInstant(text)) {
            return UnstorableJson.INSTANTS;
        }
        if (value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return DATES;
        }
        return value instanceof String ? UnstorableJson.TEXTS : List.of();
    }

    private static boolean isInstant(String text) {
        try {
            Instant.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Every scalar of a body by its path ({@code parameters.days_back}, {@code benefits[1]}). */
    private static void leaves(Object value, String path, Map<String, Object> into) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> leaves(child, path.isEmpty() ? key.toString() : path + "." + key, into));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                leaves(list.get(i), path + "[" + i + "]", into);
            }
        } else {
            into.put(path, value);
        }
    }

    Request next(Endpoint endpoint) {
        String path = endpoint.path();
        for (String parameter : endpoint.pathParameters()) {
            path = path.replace("{" + parameter + "}", encode(pathValue()));
        }
        List<String> query = new ArrayList<>();
        for (String parameter : endpoint.queryParameters()) {
            if (random.nextBoolean()) {
                Object value = VALUES.get(random.nextInt(VALUES.size()));
                // A raw JSON string goes into a URL as the text it stands for.
                String text = value instanceof RawJson raw
                        ? raw.json().startsWith("\"") ? JSON.readValue(raw.json(), String.class) : raw.json()
                        : text(value, 2_000);
                query.add(parameter + "=" + encode(text));
            }
        }
        String pathAndQuery = query.isEmpty() ? path : path + "?" + String.join("&", query);
        if (endpoint.bodyContentType() == null) {
            return Request.withoutBody(pathAndQuery);
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
            Map<String, Object> leaves = new LinkedHashMap<>();
            leaves(valid, "", leaves);
            List<String> fields = new ArrayList<>(leaves.keySet());
            String field = fields.get(random.nextInt(fields.size()));
            return UnstorableJson.replacing(valid, field, json(VALUES.get(random.nextInt(VALUES.size()))))
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (endpoint.bodyProperties().isEmpty() || random.nextInt(4) == 0) {
            return NOT_JSON.get(random.nextInt(NOT_JSON.size())).getBytes(StandardCharsets.UTF_8);
        }
        List<String> members = new ArrayList<>();
        for (String property : endpoint.bodyProperties()) {
            if (random.nextInt(4) != 0) {
                Object value = random.nextInt(5) == 0
                        ? new UUID(random.nextLong(), random.nextLong()).toString()
                        : VALUES.get(random.nextInt(VALUES.size()));
                members.add(json(property) + ":" + json(value));
            }
        }
        return ("{" + String.join(",", members) + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static String json(Object value) {
        return value instanceof RawJson raw ? raw.json() : JSON.writeValueAsString(value);
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
