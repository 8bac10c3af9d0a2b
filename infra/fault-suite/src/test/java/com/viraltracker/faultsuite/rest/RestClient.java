package com.viraltracker.faultsuite.rest;

import com.viraltracker.testing.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every REST call of the suite goes through here. {@link #headers} is asked before each request, so credentials
 * (such as a bearer token once the services require one) are added in one place.
 */
public final class RestClient {
    public static final JsonMapper JSON = JsonMapper.builder().build();
    // HTTP/1.1, as the services' clients speak it. With the JDK client's default (HTTP/2, offered as an h2c upgrade)
    // one GET with a 5,000-character path went unanswered for 30 s, where HTTP/1.1 gets Reactor Netty's 414.
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    // An admin token (signed with the key the suite's services are given), so the fuzzing reaches past
    // authentication into every endpoint's own validation.
    private static volatile Supplier<Map<String, String>> headers =
            () -> Map.of("Authorization", TestTokens.bearer(TestTokens.admin()));

    private final String baseUrl;

    public RestClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Sets the headers every request of every client carries from now on (for example {@code Authorization}). */
    public static void useHeaders(Supplier<Map<String, String>> supplier) {
        headers = supplier;
    }

    /** An answer: status, content type and body as text. */
    public record Answer(String method, String path, int status, String contentType, String body) {
        public JsonNode json() {
            return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }

    /** Sends any request and returns whatever came back; nothing is treated as a failure. */
    public Answer send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.get().forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    method,
                    path,
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + baseUrl + path + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A JSON call that must succeed (2xx); the answer's JSON. */
    public JsonNode call(String method, String path, Object body) {
        Answer answer = send(
                method,
                path,
                body == null ? null : "application/json",
                body == null ? null : JSON.writeValueAsBytes(body));
        if (answer.status() / 100 != 2) {
            throw new AssertionError(method + " " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }

    public JsonNode get(String path) {
        return call("GET", path, null);
    }

    public JsonNode post(String path, Object body) {
        return call("POST", path, body);
    }

    public JsonNode put(String path, Object body) {
        return call("PUT", path, body);
    }

    public JsonNode putBytes(String path, String contentType, byte[] body) {
        Answer answer = send("PUT", path, contentType, body);
        if (answer.status() / 100 != 2) {
            throw new AssertionError("PUT " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }
}
