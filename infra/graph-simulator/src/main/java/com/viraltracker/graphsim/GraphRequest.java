package com.viraltracker.graphsim;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request with its parameters from the query string and, for POST, from the body (urlencoded or the
 * multipart form the SDK sends), in the order they came.
 */
record GraphRequest(String method, String path, Map<String, String> params, String host, String body) {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern PART_NAME = Pattern.compile("name=\"([^\"]*)\"");

    static GraphRequest read(HttpExchange exchange) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        parseUrlEncoded(exchange.getRequestURI().getRawQuery(), params);
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (!body.isEmpty()) {
            Matcher boundary = contentType == null ? null : BOUNDARY.matcher(contentType);
            if (contentType != null && contentType.startsWith("multipart/") && boundary.find()) {
                parseMultipart(body, boundary.group(1), params);
            } else if (contentType == null || contentType.startsWith("application/x-www-form-urlencoded")) {
                parseUrlEncoded(body, params);
            }
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        return new GraphRequest(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                params,
                host == null ? "localhost" : host,
                body);
    }

    String param(String name) {
        String value = params.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** The parameters as one urlencoded query string, as a URL would carry them. */
    String query() {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
    }

    List<String> segments() {
        return java.util.Arrays.stream(path.split("/"))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static void parseUrlEncoded(String raw, Map<String, String> into) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            into.put(key, value);
        }
    }

    private static void parseMultipart(String body, String boundary, Map<String, String> into) {
        for (String part : body.split("--" + Pattern.quote(boundary))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                continue;
            }
            Matcher name = PART_NAME.matcher(part.substring(0, headerEnd));
            if (name.find()) {
                String value = part.substring(headerEnd + 4);
                if (value.endsWith("\r\n")) {
                    value = value.substring(0, value.length() - 2);
                }
                into.put(name.group(1), value);
            }
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
