package com.viraltracker.graphsim;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Cursor paging like the Graph API's: opaque {@code before}/{@code after} cursors and an absolute {@code next}
 * URL that repeats every parameter of the request. The last page carries cursors but no {@code next}; a
 * request after the last row answers an empty {@code data} without paging.
 */
final class Paging {
    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 5_000;

    private Paging() {}

    /** A result of {@code size} rows whose rows {@code from} to {@code to} (exclusive) are made on demand. */
    record Rows(int size, BiFunction<Integer, Integer, List<Map<String, Object>>> slice) {}

    /** A page of {@code rows}: only the page's rows are made, so paging through n rows costs O(n), not O(n²). */
    static Map<String, Object> page(Rows rows, GraphRequest request) {
        int limit = limit(request);
        int offset = offset(request.param("after"));
        Map<String, Object> answer = new LinkedHashMap<>();
        if (offset >= rows.size()) {
            answer.put("data", List.of());
            return answer;
        }
        int end = Math.min(rows.size(), offset + limit);
        answer.put("data", rows.slice().apply(offset, end));
        Map<String, Object> paging = new LinkedHashMap<>();
        paging.put("cursors", Map.of("before", cursor(offset), "after", cursor(end - 1)));
        if (end < rows.size()) {
            paging.put("next", nextUrl(request, cursor(end - 1), limit));
        }
        answer.put("paging", paging);
        return answer;
    }

    private static int limit(GraphRequest request) {
        String raw = request.param("limit");
        if (raw == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw);
            if (limit < 1) {
                throw GraphError.invalidParameter("Param limit must be a positive integer");
            }
            return Math.min(limit, MAX_LIMIT);
        } catch (NumberFormatException e) {
            throw GraphError.invalidParameter("Param limit must be an integer");
        }
    }

    /** The cursor names the last row a page carried; the next page starts after it. */
    private static int offset(String after) {
        if (after == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (!decoded.startsWith("row:")) {
                throw new IllegalArgumentException(decoded);
            }
            return Integer.parseInt(decoded.substring(4)) + 1;
        } catch (IllegalArgumentException e) {
            throw GraphError.invalidParameter("Invalid cursor 'after'");
        }
    }

    private static String cursor(int index) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("row:" + index).getBytes(StandardCharsets.UTF_8));
    }

    private static String nextUrl(GraphRequest request, String after, int limit) {
        Map<String, String> params = new LinkedHashMap<>(request.params());
        params.remove("after");
        params.remove("before");
        params.put("limit", Integer.toString(limit));
        params.put("after", after);
        String query = params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        // A report run's rows are read with GET even though the run was created with POST.
        return "http://" + request.host() + request.path() + "?" + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
