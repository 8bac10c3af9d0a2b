package com.viraltracker.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON values that parse but that PostgreSQL cannot store as sent, for tests that every endpoint refuses them with a
 * 400 naming the field. They are raw JSON text: a lone surrogate does not survive being written by a JSON
 * serializer, and an infinite number is not a number to one.
 */
public final class UnstorableJson {
    /** U+0000, which text and jsonb refuse. */
    public static final String NUL = "\"Daily\\u0000Sync\"";
    /** A UTF-16 surrogate without its pair: no UTF-8 form exists. */
    public static final String LONE_HIGH_SURROGATE = "\"lone \\ud83d high\"";

    public static final String LONE_LOW_SURROGATE = "\"lone \\udc36 low\"";
    public static final List<String> TEXTS = List.of(NUL, LONE_HIGH_SURROGATE, LONE_LOW_SURROGATE);
    /** Beyond a double: reads as infinity, which a jsonb column would keep as the string "Infinity". */
    public static final String BEYOND_DOUBLE = "1e400";
    /** Beyond PostgreSQL's numeric (131,072 digits before the point). */
    public static final String BEYOND_NUMERIC = "1e999999999";

    public static final List<String> NUMBERS = List.of(BEYOND_DOUBLE, "-" + BEYOND_DOUBLE, BEYOND_NUMERIC);
    /** Beyond timestamptz's last year (294276), and before year 1. */
    public static final List<String> INSTANTS = List.of("\"+300000-01-01T00:00:00Z\"", "\"-4714-11-24T00:00:00Z\"");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)|\\[(\\d+)]");

    private UnstorableJson() {}

    /**
     * {@code body} as JSON with the value at {@code path} ({@code name}, {@code parameters.note},
     * {@code benefits[1]}) replaced by {@code rawJson}; a missing object member is added.
     */
    public static String replacing(Map<String, ?> body, String path, String rawJson) {
        String marker = "unstorable-" + UUID.randomUUID();
        Object copy = JSON.convertValue(body, new TypeReference<LinkedHashMap<String, Object>>() {});
        List<Object> keys = new ArrayList<>();
        Matcher segment = SEGMENT.matcher(path);
        while (segment.find()) {
            keys.add(segment.group(1) != null ? segment.group(1) : Integer.valueOf(segment.group(2)));
        }
        Object parent = copy;
        for (int i = 0; i < keys.size() - 1; i++) {
            parent = child(parent, keys.get(i));
        }
        set(parent, keys.get(keys.size() - 1), marker);
        return JSON.writeValueAsString(copy).replace("\"" + marker + "\"", rawJson);
    }

    /**
     * Sends {@code json} and expects a 400 problem naming exactly {@code field}; patiently, since the first request
     * of a context on a loaded build machine can outlast the client's default 5 s.
     */
    @SuppressWarnings("unchecked")
    public static void assertRefused(WebTestClient web, HttpMethod method, String path, String json, String field) {
        web.mutate()
                .responseTimeout(Duration.ofSeconds(30))
                .build()
                .method(method)
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange()
                .expectStatus()
                .value(status ->
                        assertThat(status).as(method + " " + path + " " + json).isEqualTo(400))
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field")
                .value(fields -> assertThat((List<Object>) fields).as(json).containsExactly(field));
    }

    @SuppressWarnings("unchecked")
    private static Object child(Object parent, Object key) {
        if (key instanceof Integer index) {
            return ((List<Object>) parent).get(index);
        }
        return ((Map<String, Object>) parent).computeIfAbsent((String) key, missing -> new LinkedHashMap<>());
    }

    @SuppressWarnings("unchecked")
    private static void set(Object parent, Object key, Object value) {
        if (key instanceof Integer index) {
            ((List<Object>) parent).set(index, value);
        } else {
            ((Map<String, Object>) parent).put((String) key, value);
        }
    }
}
