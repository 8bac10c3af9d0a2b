package com.viraltracker.faultsuite.rest;

import com.viraltracker.testing.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every REST call of the suite goes through here, with a bearer token signed with the key the suite's services are
 * given: an admin's unless the client was made for another caller with {@link #as}.
 */
public final class RestClient {
    public static final JsonMapper JSON = JsonMapper.builder().build();
    // HTTP/1.1, as the services' clients speak it. With the JDK client's default (HTTP/2, offered as an h2c upgrade)
    // one GET with a 5,000-character path went unanswered for 30 s, where HTTP/1.1 gets Reactor Netty's 414.
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String baseUrl;
    /** The token to send, asked before each request (tokens expire; a fresh admin token each time). */
    private final Supplier<String> token;

    /** A client that calls as an admin, so set-up and checks reach past authentication. */
    public RestClient(String baseUrl) {
        this(baseUrl, TestTokens::admin);
    }

    private RestClient(String baseUrl, Supplier<String> token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** The same service, called with {@code token} (a viewer's, another brand's operator's...). */
    public RestClient as(String token) {
        return new RestClient(baseUrl, () -> token);
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
        request.header("Authorization", TestTokens.bearer(token.get()));
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
