package com.viraltracker.benchmarks.env;

import com.viraltracker.testing.TestTokens;
import com.viraltracker.testing.process.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A benchmark's set-up calls to a service's REST API, as an admin (the token signed with the bench's secret). */
public final class AdminApi {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private AdminApi() {}

    public static HttpResponse<String> post(ServiceProcess service, String path, String json)
            throws IOException, InterruptedException {
        return send(service, "POST", path, HttpRequest.BodyPublishers.ofString(json));
    }

    public static HttpResponse<String> put(ServiceProcess service, String path, String json)
            throws IOException, InterruptedException {
        return send(service, "PUT", path, HttpRequest.BodyPublishers.ofString(json));
    }

    public static HttpResponse<String> get(ServiceProcess service, String path)
            throws IOException, InterruptedException {
        return send(service, "GET", path, HttpRequest.BodyPublishers.noBody());
    }

    /** The response's body, or an exception saying what {@code purpose} failed with. */
    public static String successful(HttpResponse<String> response, String purpose) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(purpose + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static HttpResponse<String> send(
            ServiceProcess service, String method, String path, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", TestTokens.bearer(TestTokens.admin()))
                        .header("Content-Type", "application/json")
                        .method(method, body)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
