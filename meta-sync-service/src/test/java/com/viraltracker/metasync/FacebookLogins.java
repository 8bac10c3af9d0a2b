package com.viraltracker.metasync;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.graphsim.FacebookUser;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Facebook login through the service and the simulator's Facebook Login, as a browser and the console go through
 * it: start, the dialog's form, and the completion the console asks for with the signed-in person's token.
 */
public final class FacebookLogins {
    private static final HttpClient BROWSER = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FacebookLogins() {}

    /** A connection of the brand to a new Facebook user who granted ads_read on these simulated accounts. */
    public static UUID connected(WebTestClient web, UUID brand, String... accountIds) throws Exception {
        String user = "fb-" + UUID.randomUUID();
        TestGraphSimulator.get().facebookUser(FacebookUser.of(user, "Connected User", accountIds));
        TestGraphSimulator.get().signIn(user);
        String[] ticked = new String[accountIds.length + 1];
        ticked[0] = "scope.ads_read";
        for (int i = 0; i < accountIds.length; i++) {
            ticked[i + 1] = "account." + accountIds[i];
        }
        JsonNode completed = complete(web, consent(start(web, brand, null), "allow", ticked));
        assertThat(completed.path("outcome").asString()).isEqualTo("connected");
        return UUID.fromString(completed.path("connection_id").asString());
    }

    public static URI start(WebTestClient web, UUID brand, UUID reconnect) {
        return start(web, null, brand, reconnect);
    }

    /** A login started by {@code token}'s caller ({@code null}: the test client's default). */
    public static URI start(WebTestClient web, String token, UUID brand, UUID reconnect) {
        Map<String, Object> body = reconnect == null ? Map.of() : Map.of("reconnect_id", reconnect);
        JsonNode started = JSON.readTree(web.post()
                .uri("/api/v1/brands/{b}/facebook-connections", brand)
                .headers(headers -> {
                    if (token != null) {
                        headers.setBearerAuth(token);
                    }
                })
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBodyContent());
        assertThat(Instant.parse(started.path("expires_at").asString()))
                .isAfter(TestGraphSimulator.get().clock().instant());
        return URI.create(started.path("authorization_url").asString());
    }

    /** Opens the dialog as a browser would, then submits its form; returns the redirect's parameters. */
    public static Map<String, String> consent(URI dialog, String action, String... ticked) throws Exception {
        HttpResponse<String> page =
                BROWSER.send(HttpRequest.newBuilder(dialog).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        StringBuilder form = new StringBuilder("action=" + action);
        for (String box : ticked) {
            form.append('&').append(box).append("=on");
        }
        HttpResponse<String> answer = BROWSER.send(
                HttpRequest.newBuilder(dialog)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        URI location = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(TestGraphSimulator.REDIRECT_URI + "?");
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : location.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            params.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    /**
     * The console passes what Meta put on the redirect to the completion API, with the signed-in person's token (the
     * test client's default); returns the answer, whose {@code outcome} says how the login ended.
     */
    public static JsonNode complete(WebTestClient web, Map<String, String> params) {
        byte[] body = completeRequest(web, null, params)
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBodyContent();
        String answer = new String(body, StandardCharsets.UTF_8);
        assertThat(answer).doesNotContain(TestGraphSimulator.APP_SECRET);
        if (params.get("code") != null) {
            assertThat(answer).doesNotContain(params.get("code"));
        }
        return JSON.readTree(answer);
    }

    /** The completion request as {@code token}'s caller ({@code null}: the test client's default). */
    public static WebTestClient.ResponseSpec completeRequest(
            WebTestClient web, String token, Map<String, String> params) {
        return web.post()
                .uri("/api/v1/facebook-logins/completion")
                .headers(headers -> {
                    if (token != null) {
                        headers.setBearerAuth(token);
                    }
                })
                .bodyValue(asTheConsoleSendsIt(params))
                .exchange();
    }

    /** The console passes on state, code and error; Meta's error_reason and error_description stay behind. */
    private static Map<String, String> asTheConsoleSendsIt(Map<String, String> params) {
        Map<String, String> body = new LinkedHashMap<>();
        for (String name : new String[] {"state", "code", "error"}) {
            if (params.get(name) != null) {
                body.put(name, params.get(name));
            }
        }
        return body;
    }
}
