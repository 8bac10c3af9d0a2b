package com.viraltracker.observability;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Instant queries through Prometheus's HTTP API ({@code GET /api/v1/query}). */
public class PrometheusApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public PrometheusApi(URI base) {
        this.base = base;
    }

    /** What an instant query returned: how many series (a scalar or string counts as one), or Prometheus's error. */
    public record Answer(int series, String error) {}

    public Answer query(String promQl) throws IOException, InterruptedException {
        URI uri = base.resolve("/api/v1/query?query=" + URLEncoder.encode(promQl, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        if (!"success".equals(body.path("status").asString(""))) {
            return new Answer(
                    0,
                    "HTTP " + response.statusCode() + ": "
                            + body.path("errorType").asString("") + " "
                            + body.path("error").asString(response.body()));
        }
        JsonNode data = body.path("data");
        String type = data.path("resultType").asString("");
        int series = type.equals("vector") || type.equals("matrix")
                ? data.path("result").size()
                : 1;
        return new Answer(series, null);
    }
}
