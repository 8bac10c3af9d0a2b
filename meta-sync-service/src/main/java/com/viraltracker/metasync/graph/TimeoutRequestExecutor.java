package com.viraltracker.metasync.graph;

import com.facebook.ads.sdk.APIContext;
import com.facebook.ads.sdk.APIException;
import com.facebook.ads.sdk.APIRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The SDK's HTTP layer, replaced: its default executor casts every connection to HTTPS (so it cannot reach the
 * simulator) and sets no timeouts (so a hung call would hold a worker forever). This one speaks HTTP or HTTPS
 * with connect and read timeouts, keeps error answers whole and records the usage headers of every answer.
 * It calls only the configured endpoint: any other origin (a paging link elsewhere) is refused before a byte
 * is sent, and redirects are not followed, because every request carries the access token.
 */
public class TimeoutRequestExecutor implements APIRequest.IRequestExecutor {
    private final GraphEndpoint endpoint;
    private final HttpClient client;
    private final Duration readTimeout;

    public TimeoutRequestExecutor(GraphEndpoint endpoint, Duration connectTimeout, Duration readTimeout) {
        this.endpoint = endpoint;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.readTimeout = readTimeout;
    }

    /** The one origin this executor calls. */
    public GraphEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public APIRequest.ResponseWrapper execute(
            String method, String apiUrl, Map<String, Object> allParams, APIContext context)
            throws APIException, IOException {
        return switch (method) {
            case "GET" -> sendGet(apiUrl, allParams, context);
            case "POST" -> sendPost(apiUrl, allParams, context);
            case "DELETE" -> sendDelete(apiUrl, allParams, context);
            default -> throw new IllegalArgumentException("unsupported HTTP method " + method);
        };
    }

    @Override
    public APIRequest.ResponseWrapper sendGet(String apiUrl, Map<String, Object> allParams, APIContext context)
            throws APIException, IOException {
        return send(request(APIRequest.RequestHelper.constructUrlString(apiUrl, allParams))
                .GET()
                .build());
    }

    @Override
    public APIRequest.ResponseWrapper sendPost(String apiUrl, Map<String, Object> allParams, APIContext context)
            throws APIException, IOException {
        return send(request(apiUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(allParams)))
                .build());
    }

    @Override
    public APIRequest.ResponseWrapper sendDelete(String apiUrl, Map<String, Object> allParams, APIContext context)
            throws APIException, IOException {
        return send(request(APIRequest.RequestHelper.constructUrlString(apiUrl, allParams))
                .DELETE()
                .build());
    }

    private HttpRequest.Builder request(String url) throws ForeignEndpointException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException malformed) {
            // Its message would quote the whole URL, token included.
            throw new ForeignEndpointException("a malformed URL", endpoint.toString());
        }
        if (!endpoint.allows(uri)) {
            throw new ForeignEndpointException(GraphEndpoint.originOf(uri), endpoint.toString());
        }
        return HttpRequest.newBuilder(uri).timeout(readTimeout).header("User-Agent", APIRequest.USER_AGENT);
    }

    /** The SDK's own encoding of parameter values (lists and maps as JSON), as a form body. */
    private static String form(Map<String, Object> params) throws IOException {
        String query = APIRequest.RequestHelper.constructUrlString("", params);
        return query.isEmpty() ? "" : query.substring(1);
    }

    private APIRequest.ResponseWrapper send(HttpRequest request) throws APIException, IOException {
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling the Graph API", e);
        }
        UsageObserver.observe(response.headers());
        String headers = response.headers().map().toString();
        if (response.statusCode() / 100 != 2) {
            throw new GraphHttpException(response.statusCode(), response.body(), headers);
        }
        return new APIRequest.ResponseWrapper(response.body(), headers);
    }
}
