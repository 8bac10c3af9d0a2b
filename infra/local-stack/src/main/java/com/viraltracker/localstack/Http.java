package com.viraltracker.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small JSON-over-HTTP client for the status table and the demo; a non-2xx answer is an exception. Every request
 * carries the caller's access token (the services answer 401 without one; health checks do not need it).
 */
final class Http {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String authorization;

    Http(String accessToken) {
        this.authorization = "Bearer " + accessToken;
    }

    JsonNode get(String url) {
        return JSON.readTree(send(request(url).GET(), url));
    }

    JsonNode post(String url, Object body) {
        return JSON.readTree(
                send(json(url, body).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), url));
    }

    JsonNode put(String url, Object body) {
        return JSON.readTree(
                send(json(url, body).PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), url));
    }

    JsonNode putBytes(String url, String contentType, byte[] body) {
        return JSON.readTree(send(
                request(url).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)),
                url));
    }

    /** The HTTP status of a GET, or -1 when nothing answers. */
    int status(String url) {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(3))
                .build();
        try {
            return client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private HttpRequest.Builder json(String url, Object body) {
        return request(url).header("Content-Type", "application/json").header("Accept", "application/json");
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization);
    }

    private String send(HttpRequest.Builder request, String url) {
        try {
            HttpResponse<String> response =
                    client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.build().method() + " " + url + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? "null" : response.body();
        } catch (IOException e) {
            throw new IllegalStateException(url + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
