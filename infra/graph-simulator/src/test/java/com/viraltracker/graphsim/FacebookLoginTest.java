package com.viraltracker.graphsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Facebook Login as Meta answers it: the dialog, the code and token exchanges, debug_token and what tokens may read. */
class FacebookLoginTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T18:00:00Z"), ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String APP = "4401";
    private static final String SECRET = "app-secret-4401";
    private static final String CALLBACK = "https://viraltracker.example/oauth/facebook/callback";
    private static GraphSimulator simulator;

    @BeforeAll
    static void start() {
        simulator = GraphSimulator.start(SimulatorConfig.defaults().withClock(CLOCK));
        simulator.account(AccountSpec.of("7001").withName("Client One"));
        simulator.account(AccountSpec.of("7002").withName("Client Two"));
        simulator.account(AccountSpec.of("7003").withName("Someone else's"));
        simulator.app(new FacebookApp(APP, SECRET, "Viraltracker", Map.of("cfg-ads", Set.of("ads_read"))));
        simulator.facebookUser(FacebookUser.of("u-1", "Dana Client", "7001", "7002"));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @AfterEach
    void backToNow() {
        simulator.resetClock();
    }

    @Test
    void consent_page_lists_the_signed_in_user_and_the_ad_accounts_they_can_grant() throws Exception {
        HttpResponse<String> page =
                send(HttpRequest.newBuilder(dialog("state-1", "scope=ads_read,business_management")));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Viraltracker is requesting access")
                .contains("Dana Client")
                .contains("Client One (act_7001)")
                .contains("Client Two (act_7002)")
                .doesNotContain("7003")
                .contains("name=\"scope.ads_read\"")
                .contains("name=\"scope.business_management\"");
    }

    @Test
    void allowing_redirects_with_a_code_and_the_state_and_the_tokens_read_the_granted_accounts_only() throws Exception {
        Map<String, String> redirect = allow("state-2", "scope=ads_read", "scope.ads_read", "account.7001");
        assertThat(redirect).containsEntry("state", "state-2").containsKey("code");

        JsonNode shortLived = graph("/v24.0/oauth/access_token?client_id=" + APP + "&client_secret=" + SECRET
                        + "&redirect_uri=" + encode(CALLBACK) + "&code=" + encode(redirect.get("code")))
                .body;
        assertThat(shortLived.path("token_type").asString()).isEqualTo("bearer");
        assertThat(shortLived.path("expires_in").asLong()).isBetween(3_600L, 7_200L);

        JsonNode longLived = graph("/v24.0/oauth/access_token?grant_type=fb_exchange_token&client_id=" + APP
                        + "&client_secret=" + SECRET + "&fb_exchange_token="
                        + shortLived.path("access_token").asString())
                .body;
        String token = longLived.path("access_token").asString();
        assertThat(longLived.path("expires_in").asLong()).isEqualTo(5_184_000L);

        JsonNode debug = graph(
                        "/v24.0/debug_token?input_token=" + token + "&access_token=" + encode(APP + "|" + SECRET))
                .body
                .path("data");
        assertThat(debug.path("is_valid").asBoolean()).isTrue();
        assertThat(debug.path("app_id").asString()).isEqualTo(APP);
        assertThat(debug.path("user_id").asString()).isEqualTo("u-1");
        assertThat(debug.path("expires_at").asLong())
                .isEqualTo(CLOCK.instant().plus(Duration.ofDays(60)).getEpochSecond());
        assertThat(debug.path("scopes").toString()).isEqualTo("[\"ads_read\"]");
        assertThat(debug.path("granular_scopes").get(0).path("target_ids").toString())
                .isEqualTo("[\"7001\"]");

        JsonNode accounts =
                graph("/v24.0/me/adaccounts?access_token=" + token).body.path("data");
        assertThat(accounts.size()).isEqualTo(1);
        assertThat(accounts.get(0).path("id").asString()).isEqualTo("act_7001");
        assertThat(graph("/v24.0/act_7001?access_token=" + token).status).isEqualTo(200);
        Answer notGranted = graph("/v24.0/act_7002?access_token=" + token);
        assertThat(notGranted.status).isEqualTo(403);
        assertThat(notGranted.body.path("error").path("code").asInt()).isEqualTo(200);
    }

    @Test
    void cancelling_redirects_with_access_denied_and_the_state() throws Exception {
        HttpResponse<String> answer = post(dialog("state-3", "scope=ads_read"), Map.of("action", "cancel"));
        Map<String, String> redirect = redirectParams(answer);
        assertThat(redirect)
                .containsEntry("error", "access_denied")
                .containsEntry("error_reason", "user_denied")
                .containsEntry("state", "state-3")
                .containsKey("error_description")
                .doesNotContainKey("code");
    }

    @Test
    void a_code_is_single_use_expires_within_minutes_and_needs_the_dialogs_redirect_uri() throws Exception {
        String used =
                allow("s", "scope=ads_read", "scope.ads_read", "account.7001").get("code");
        assertThat(exchange(used, CALLBACK).status).isEqualTo(200);
        assertError(exchange(used, CALLBACK), 100, 36009, "This authorization code has been used.");

        String other =
                allow("s", "scope=ads_read", "scope.ads_read", "account.7001").get("code");
        assertError(exchange(other, CALLBACK + "/elsewhere"), 100, 36008, "redirect_uri is identical");

        String late =
                allow("s", "scope=ads_read", "scope.ads_read", "account.7001").get("code");
        simulator.advanceClock(Duration.ofMinutes(11));
        assertError(exchange(late, CALLBACK), 100, 36007, "This authorization code has expired.");

        String code =
                allow("s", "scope=ads_read", "scope.ads_read", "account.7001").get("code");
        assertError(
                graph("/v24.0/oauth/access_token?client_id=" + APP + "&client_secret=wrong&redirect_uri="
                        + encode(CALLBACK) + "&code=" + encode(code)),
                1,
                null,
                "Error validating client secret.");
        assertError(
                graph("/v24.0/oauth/access_token?client_id=9999&client_secret=" + SECRET + "&redirect_uri="
                        + encode(CALLBACK) + "&code=" + encode(code)),
                101,
                null,
                "Invalid application ID");
    }

    @Test
    void a_declined_permission_is_missing_from_the_grant() throws Exception {
        String code = allow("s", "config_id=cfg-ads", "account.7001").get("code");
        String token = longLived(code);
        JsonNode debug = graph(
                        "/v24.0/debug_token?input_token=" + token + "&access_token=" + encode(APP + "|" + SECRET))
                .body
                .path("data");
        assertThat(debug.path("scopes").size()).isZero();
        assertThat(graph("/v24.0/act_7001?access_token=" + token).status).isEqualTo(403);
    }

    @Test
    void tokens_expire_with_the_clock_and_end_when_sessions_are_invalidated_or_permissions_removed() throws Exception {
        String expiring = longLived(
                allow("s", "scope=ads_read", "scope.ads_read", "account.7001").get("code"));
        simulator.advanceClock(Duration.ofDays(61));
        assertError(graph("/v24.0/act_7001?access_token=" + expiring), 190, 463, "Session has expired on");
        JsonNode debug = graph(
                        "/v24.0/debug_token?input_token=" + expiring + "&access_token=" + encode(APP + "|" + SECRET))
                .body
                .path("data");
        assertThat(debug.path("is_valid").asBoolean()).isFalse();
        assertThat(debug.path("error").path("subcode").asInt()).isEqualTo(463);
        simulator.resetClock();

        simulator.facebookUser(FacebookUser.of("u-2", "Sam", "7002"));
        simulator.signIn("u-2");
        try {
            String invalidated = longLived(allow("s", "scope=ads_read", "scope.ads_read", "account.7002")
                    .get("code"));
            simulator.invalidateSessions("u-2");
            assertError(graph("/v24.0/act_7002?access_token=" + invalidated), 190, 460, "session has been invalidated");

            String removed = longLived(allow("s", "scope=ads_read", "scope.ads_read", "account.7002")
                    .get("code"));
            Answer revoke = send("DELETE", "/v24.0/u-2/permissions?access_token=" + removed);
            assertThat(revoke.body.path("success").asBoolean()).isTrue();
            assertError(graph("/v24.0/act_7002?access_token=" + removed), 190, 458, "has not authorized application");
        } finally {
            simulator.signIn("u-1");
        }
    }

    @Test
    void the_recorded_calls_keep_no_secret() throws Exception {
        String code =
                allow("s", "scope=ads_read", "scope.ads_read", "account.7001").get("code");
        longLived(code);
        assertThat(simulator.calls().toString()).doesNotContain(SECRET).doesNotContain(code);
    }

    // ---- helpers

    private static URI dialog(String state, String scopeParam) {
        return URI.create(simulator.baseUrl() + "/v24.0/dialog/oauth?client_id=" + APP + "&redirect_uri="
                + encode(CALLBACK) + "&state=" + state + "&response_type=code&" + scopeParam);
    }

    /** Submits the consent form with Allow and these boxes ticked; returns the redirect's query parameters. */
    private static Map<String, String> allow(String state, String scopeParam, String... ticked) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("action", "allow");
        for (String box : ticked) {
            form.put(box, "on");
        }
        return redirectParams(post(dialog(state, scopeParam), form));
    }

    private static String longLived(String code) throws Exception {
        String shortLived = exchange(code, CALLBACK).body.path("access_token").asString();
        return graph("/v24.0/oauth/access_token?grant_type=fb_exchange_token&client_id=" + APP + "&client_secret="
                        + SECRET + "&fb_exchange_token=" + shortLived)
                .body
                .path("access_token")
                .asString();
    }

    private static Answer exchange(String code, String redirectUri) throws Exception {
        return graph("/v24.0/oauth/access_token?client_id=" + APP + "&client_secret=" + SECRET + "&redirect_uri="
                + encode(redirectUri) + "&code=" + encode(code));
    }

    private static void assertError(Answer answer, int code, Integer subcode, String message) {
        JsonNode error = answer.body.path("error");
        assertThat(answer.status).as("%s", answer.body).isEqualTo(400);
        assertThat(error.path("type").asString()).isEqualTo("OAuthException");
        assertThat(error.path("code").asInt()).isEqualTo(code);
        if (subcode != null) {
            assertThat(error.path("error_subcode").asInt()).isEqualTo(subcode);
        }
        assertThat(error.path("message").asString()).contains(message);
        assertThat(error.path("fbtrace_id").asString()).isNotBlank();
    }

    private static HttpResponse<String> post(URI uri, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static Map<String, String> redirectParams(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        URI location = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(CALLBACK + "?");
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : location.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            params.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private record Answer(int status, JsonNode body) {}

    private static Answer graph(String pathAndQuery) throws Exception {
        return send("GET", pathAndQuery);
    }

    private static Answer send(String method, String pathAndQuery) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody()));
        return new Answer(response.statusCode(), GraphSimulator.JSON.readTree(response.body()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
