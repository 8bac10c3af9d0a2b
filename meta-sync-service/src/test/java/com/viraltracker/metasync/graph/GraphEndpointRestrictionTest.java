package com.viraltracker.metasync.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.facebook.ads.sdk.APIContext;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The executor calls only the configured origin. A second real HTTP server plays "elsewhere" and must receive
 * no request at all: not from a paging link pointing at it, not through a redirect.
 */
class GraphEndpointRestrictionTest {
    private static final String TOKEN = "EAAendpointTestToken0123456789";

    private HttpServer graph;
    private HttpServer elsewhere;
    private final AtomicInteger elsewhereRequests = new AtomicInteger();
    private TimeoutRequestExecutor executor;
    private APIContext context;

    @BeforeEach
    void start() throws IOException {
        elsewhere = server();
        elsewhere.createContext("/", exchange -> {
            elsewhereRequests.incrementAndGet();
            respond(exchange, 200, "{\"data\":[]}", Map.of());
        });
        elsewhere.start();
        graph = server();
        graph.createContext(
                "/v24.0/act_1/insights",
                exchange -> respond(
                        exchange,
                        200,
                        "{\"data\":[],\"paging\":{\"next\":\"" + elsewhereUrl() + "/v24.0/act_1/insights?access_token="
                                + TOKEN + "&after=x\"}}",
                        Map.of()));
        graph.createContext(
                "/v24.0/act_2",
                exchange -> respond(exchange, 302, "", Map.of("Location", elsewhereUrl() + "/v24.0/act_2")));
        graph.start();
        String base = "http://127.0.0.1:" + graph.getAddress().getPort();
        executor = new TimeoutRequestExecutor(GraphEndpoint.of(base), Duration.ofSeconds(2), Duration.ofSeconds(2));
        context = new GraphContexts(base, "v24.0", TOKEN, new SecretRedactor()).systemUser();
    }

    @AfterEach
    void stop() {
        graph.stop(0);
        elsewhere.stop(0);
    }

    @Test
    void a_paging_link_to_another_host_is_refused_before_anything_is_sent() throws Exception {
        var first = executor.sendGet(base() + "/v24.0/act_1/insights", Map.of("access_token", TOKEN), context);
        String next = com.google.gson.JsonParser.parseString(first.getBody())
                .getAsJsonObject()
                .getAsJsonObject("paging")
                .get("next")
                .getAsString();

        assertThatThrownBy(() -> executor.sendGet(next, Map.of("access_token", TOKEN), context))
                .isInstanceOf(ForeignEndpointException.class)
                .hasMessageContaining("127.0.0.1:" + elsewhere.getAddress().getPort())
                .hasMessageNotContaining(TOKEN)
                .hasMessageNotContaining("after=");
        assertThat(elsewhereRequests).hasValue(0);
    }

    @Test
    void the_same_host_on_another_port_or_scheme_is_another_origin() {
        GraphEndpoint endpoint = GraphEndpoint.of("https://graph.facebook.com");
        assertThat(endpoint.allows(URI.create("https://graph.facebook.com:443/v24.0/me")))
                .isTrue();
        assertThat(endpoint.allows(URI.create("https://GRAPH.facebook.com/v24.0/me")))
                .isTrue();
        assertThat(endpoint.allows(URI.create("http://graph.facebook.com/v24.0/me")))
                .isFalse();
        assertThat(endpoint.allows(URI.create("https://graph.facebook.com:8443/v24.0/me")))
                .isFalse();
        assertThat(endpoint.allows(URI.create("https://graph.facebook.com.evil.example/v24.0/me")))
                .isFalse();
        assertThat(endpoint.allows(URI.create("/v24.0/me"))).isFalse();
    }

    @Test
    void a_redirect_elsewhere_is_not_followed() {
        assertThatThrownBy(() -> executor.sendGet(base() + "/v24.0/act_2", Map.of("access_token", TOKEN), context))
                .isInstanceOf(GraphHttpException.class);
        assertThat(elsewhereRequests).hasValue(0);
    }

    @Test
    void a_refused_call_becomes_a_failure_that_is_not_retried() {
        GraphFailure failure = GraphFailure.from(
                new ForeignEndpointException("http://elsewhere:80", "http://graph:80"), new SecretRedactor());
        assertThat(failure.kind()).isEqualTo(GraphFailureKind.INVALID);
        assertThat(failure.kind().retryable()).isFalse();
        assertThat(failure.describe()).startsWith("refused: refused to call http://elsewhere:80");
    }

    private String base() {
        return "http://127.0.0.1:" + graph.getAddress().getPort();
    }

    private String elsewhereUrl() {
        return "http://127.0.0.1:" + elsewhere.getAddress().getPort();
    }

    private static HttpServer server() throws IOException {
        return HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
    }

    private static void respond(
            com.sun.net.httpserver.HttpExchange exchange, int status, String body, Map<String, String> headers)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
