package com.viraltracker.metasync.connections;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.result.ResultStatus;
import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.graphsim.FacebookUser;
import com.viraltracker.metasync.FacebookLogins;
import com.viraltracker.metasync.MetaSyncIntegrationTest;
import com.viraltracker.metasync.TestGraphSimulator;
import com.viraltracker.testing.Answers;
import com.viraltracker.testing.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Connect Facebook" end to end against the simulator's Facebook Login: the dialog is driven over HTTP as a
 * browser would (the console's browser test drives it in Chromium), the callback is called without a bearer token.
 */
class ConnectFacebookTest extends MetaSyncIntegrationTest {
    private static final HttpClient BROWSER = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CONSOLE = "https://console.viraltracker.test";

    @Autowired
    ConnectionCheck check;

    @Autowired
    MeterRegistry registry;

    @AfterEach
    void backToNow() {
        simulator.resetClock();
    }

    private record Client(UUID brand, String userId, String accountA, String accountB) {}

    /** A brand and a Facebook user who can grant two ad accounts, signed in to the simulated Facebook. */
    private Client client() {
        UUID brand = UUID.randomUUID();
        String a = TestGraphSimulator.newAccountId();
        String b = TestGraphSimulator.newAccountId();
        simulator.account(AccountSpec.of(a).withAds(1, 1, 2).withName("Client A"));
        simulator.account(AccountSpec.of(b).withAds(1, 1, 1).withName("Client B"));
        String user = "fb-" + UUID.randomUUID();
        simulator.facebookUser(FacebookUser.of(user, "Dana Client", a, b));
        simulator.signIn(user);
        return new Client(brand, user, a, b);
    }

    @Test
    void connect_choose_accounts_and_sync_with_the_connections_token_then_reconnect_in_place_and_disconnect()
            throws Exception {
        Client client = client();
        URI authorization = start(client.brand(), null);
        assertThat(authorization.toString())
                .startsWith(simulator.baseUrl() + "/v24.0/dialog/oauth?")
                .contains("client_id=" + TestGraphSimulator.APP_ID)
                .contains("scope=ads_read")
                .doesNotContain(TestGraphSimulator.APP_SECRET);

        Map<String, String> back = consent(
                authorization,
                "allow",
                "scope.ads_read",
                "account." + client.accountA(),
                "account." + client.accountB());
        String location = callback(back);
        assertThat(location).startsWith(CONSOLE + "/brands/" + client.brand() + "/settings/facebook/");
        UUID connection = UUID.fromString(location.replaceAll(".*/facebook/([0-9a-f-]+).*", "$1"));

        JsonNode listed = json(web.get().uri("/api/v1/brands/{b}/facebook-connections", client.brand()));
        assertThat(listed.size()).isEqualTo(1);
        JsonNode saved = listed.get(0);
        assertThat(saved.path("id").asString()).isEqualTo(connection.toString());
        assertThat(saved.path("facebook_user_id").asString()).isEqualTo(client.userId());
        assertThat(saved.path("facebook_user_name").asString()).isEqualTo("Dana Client");
        assertThat(saved.path("status").asString()).isEqualTo("connected");
        assertThat(saved.path("granted_account_ids").toString())
                .contains("act_" + client.accountA())
                .contains("act_" + client.accountB());
        Instant expires = Instant.parse(saved.path("expires_at").asString());
        assertThat(Duration.between(simulator.clock().instant(), expires).toDays())
                .isBetween(59L, 60L);
        String token = simulator.tokensOf(client.userId()).get(0).value();
        assertThat(listed.toString()).doesNotContain(token);
        assertStoredOnlyEncrypted(connection, token);

        JsonNode granted = json(
                web.get().uri("/api/v1/brands/{b}/facebook-connections/{c}/ad-accounts", client.brand(), connection));
        assertThat(granted.findValuesAsString("ad_account_id"))
                .containsExactlyInAnyOrder("act_" + client.accountA(), "act_" + client.accountB());

        web.post()
                .uri("/api/v1/brands/{b}/ad-accounts", client.brand())
                .bodyValue(Map.of("ad_account_id", client.accountA(), "connection_id", connection))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.connection_id")
                .isEqualTo(connection.toString());
        assertSucceeded(runSync(client.brand(), 2));
        assertThat(count("SELECT count(*) FROM meta_sync.meta_ads_performance WHERE brand_id = ?", client.brand()))
                .isEqualTo(4);

        // The token expires: the sync fails AUTH, naming the brand and saying to reconnect.
        simulator.expireTokensOf(client.userId());
        JobResult expired = runSync(client.brand(), 2);
        assertThat(expired.status()).isEqualTo(ResultStatus.FAILED);
        assertThat(expired.errorCategory()).isEqualTo(ErrorCategory.AUTH);
        assertThat(expired.errorMessage())
                .contains(client.brand().toString())
                .contains("Reconnect Facebook")
                .doesNotContain(token);
        // The brand is asked to reconnect at once, not only after the daily check.
        JsonNode refused =
                json(web.get().uri("/api/v1/brands/{b}/facebook-connections/{c}", client.brand(), connection));
        assertThat(refused.path("status").asString()).isEqualTo("invalid");
        assertThat(refused.path("needs_reconnect").asBoolean()).isTrue();

        // Reconnect replaces the token in place: same connection, the account still linked, its rows untouched.
        Map<String, String> again =
                consent(start(client.brand(), connection), "allow", "scope.ads_read", "account." + client.accountA());
        assertThat(callback(again)).contains("/facebook/" + connection);
        String renewed = simulator.tokensOf(client.userId()).get(0).value();
        assertThat(renewed).isNotEqualTo(token);
        assertSucceeded(runSync(client.brand(), 2));
        assertThat(count("SELECT count(*) FROM meta_sync.facebook_connections WHERE brand_id = ?", client.brand()))
                .isEqualTo(1);

        // Disconnect: revoked at Meta, token deleted, the account unlinked, the stored rows kept.
        web.delete()
                .uri("/api/v1/brands/{b}/facebook-connections/{c}", client.brand(), connection)
                .exchange()
                .expectStatus()
                .isNoContent();
        assertThat(count("SELECT count(*) FROM meta_sync.facebook_connections WHERE brand_id = ?", client.brand()))
                .isZero();
        assertThat(count("SELECT count(*) FROM meta_sync.brand_ad_accounts WHERE brand_id = ?", client.brand()))
                .isZero();
        assertThat(count("SELECT count(*) FROM meta_sync.meta_ads_performance WHERE brand_id = ?", client.brand()))
                .isEqualTo(4);
        HttpResponse<String> revoked = BROWSER.send(
                HttpRequest.newBuilder(URI.create(
                                simulator.baseUrl() + "/v24.0/act_" + client.accountA() + "?access_token=" + renewed))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(revoked.body()).contains("\"error_subcode\":458");
    }

    @Test
    void denied_consent_a_missing_scope_and_a_reconnect_as_someone_else_store_nothing() throws Exception {
        Client client = client();

        assertThat(callback(consent(start(client.brand(), null), "cancel")))
                .isEqualTo(CONSOLE + "/brands/" + client.brand() + "/settings?facebook=denied");
        assertThat(callback(consent(start(client.brand(), null), "allow", "account." + client.accountA())))
                .isEqualTo(CONSOLE + "/brands/" + client.brand() + "/settings?facebook=missing_scope");
        assertThat(count("SELECT count(*) FROM meta_sync.facebook_connections WHERE brand_id = ?", client.brand()))
                .isZero();

        String location = callback(
                consent(start(client.brand(), null), "allow", "scope.ads_read", "account." + client.accountA()));
        UUID connection = UUID.fromString(location.replaceAll(".*/facebook/([0-9a-f-]+).*", "$1"));
        String token = simulator.tokensOf(client.userId()).get(0).value();
        String intruder = "fb-" + UUID.randomUUID();
        simulator.facebookUser(FacebookUser.of(intruder, "Someone Else", client.accountA()));
        simulator.signIn(intruder);
        assertThat(callback(consent(
                        start(client.brand(), connection), "allow", "scope.ads_read", "account." + client.accountA())))
                .endsWith("/settings?facebook=other_user");
        JsonNode kept = json(web.get().uri("/api/v1/brands/{b}/facebook-connections/{c}", client.brand(), connection));
        assertThat(kept.path("facebook_user_id").asString()).isEqualTo(client.userId());
        assertStoredOnlyEncrypted(connection, token);
    }

    @Test
    void an_unknown_replayed_or_expired_state_is_refused_without_a_token_and_nothing_is_stored() throws Exception {
        Client client = client();
        Map<String, String> back =
                consent(start(client.brand(), null), "allow", "scope.ads_read", "account." + client.accountA());

        unknownState(Map.of("code", back.get("code"), "state", "made-up"));
        callback(back);
        unknownState(back);

        Map<String, String> late =
                consent(start(client.brand(), null), "allow", "scope.ads_read", "account." + client.accountB());
        simulator.advanceClock(Duration.ofMinutes(11));
        unknownState(late);
        assertThat(count("SELECT count(*) FROM meta_sync.facebook_connections WHERE brand_id = ?", client.brand()))
                .isEqualTo(1);
    }

    @Test
    void another_brands_operator_and_a_viewer_cannot_start_read_or_disconnect() throws Exception {
        Client client = client();
        String location = callback(
                consent(start(client.brand(), null), "allow", "scope.ads_read", "account." + client.accountA()));
        UUID connection = UUID.fromString(location.replaceAll(".*/facebook/([0-9a-f-]+).*", "$1"));
        String otherOperator = TestTokens.operator(UUID.randomUUID());
        String viewer = TestTokens.viewer(client.brand());

        web.get()
                .uri("/api/v1/brands/{b}/facebook-connections/{c}", client.brand(), connection)
                .headers(h -> h.setBearerAuth(otherOperator))
                .exchange()
                .expectStatus()
                .isNotFound();
        web.delete()
                .uri("/api/v1/brands/{b}/facebook-connections/{c}", client.brand(), connection)
                .headers(h -> h.setBearerAuth(otherOperator))
                .exchange()
                .expectStatus()
                .isNotFound();
        web.post()
                .uri("/api/v1/brands/{b}/facebook-connections", client.brand())
                .headers(h -> h.setBearerAuth(viewer))
                .bodyValue(Map.of())
                .exchange()
                .expectStatus()
                .isForbidden();
        // A connection id of another brand, under this brand's path, is not found either.
        UUID otherBrand = UUID.randomUUID();
        web.get()
                .uri("/api/v1/brands/{b}/facebook-connections/{c}", otherBrand, connection)
                .exchange()
                .expectStatus()
                .isNotFound();
        web.post()
                .uri("/api/v1/brands/{b}/ad-accounts", otherBrand)
                .bodyValue(Map.of("ad_account_id", client.accountA(), "connection_id", connection))
                .exchange()
                .expectStatus()
                .isEqualTo(422);
        assertThat(count("SELECT count(*) FROM meta_sync.facebook_connections WHERE id = ?", connection))
                .isEqualTo(1);
    }

    @Test
    void the_daily_check_records_what_meta_says_and_the_gauge_counts_connections_that_need_a_reconnect()
            throws Exception {
        Client client = client();
        String location = callback(
                consent(start(client.brand(), null), "allow", "scope.ads_read", "account." + client.accountA()));
        UUID connection = UUID.fromString(location.replaceAll(".*/facebook/([0-9a-f-]+).*", "$1"));
        String path = "/api/v1/brands/{b}/facebook-connections/{c}";

        // Seven days before expiry the brand is asked to reconnect, without waiting for the daily check.
        simulator.advanceClock(Duration.ofDays(54));
        JsonNode expiring = json(web.get().uri(path, client.brand(), connection));
        assertThat(expiring.path("status").asString()).isEqualTo("expiring");
        assertThat(expiring.path("needs_reconnect").asBoolean()).isTrue();
        simulator.resetClock();

        // Meta ends the session (the user changed their password): the check records it.
        simulator.invalidateSessions(client.userId());
        ConnectionCheck.Result result = check.check();
        assertThat(result.invalid()).isPositive();
        JsonNode invalid = json(web.get().uri(path, client.brand(), connection));
        assertThat(invalid.path("status").asString()).isEqualTo("invalid");
        assertThat(invalid.path("invalid_reason").asString()).contains("session has been invalidated");
        assertThat(registry.get("viraltracker.meta.facebook.connections")
                        .tag("status", "invalid")
                        .gauge()
                        .value())
                .isGreaterThanOrEqualTo(1.0);

        // Reconnecting (the same Facebook user logs in again) makes it valid again, in place.
        callback(consent(start(client.brand(), connection), "allow", "scope.ads_read", "account." + client.accountA()));
        assertThat(json(web.get().uri(path, client.brand(), connection))
                        .path("status")
                        .asString())
                .isEqualTo("connected");
    }

    // ---- helpers

    private URI start(UUID brand, UUID reconnect) {
        return FacebookLogins.start(web, brand, reconnect);
    }

    private static Map<String, String> consent(URI dialog, String action, String... ticked) throws Exception {
        return FacebookLogins.consent(dialog, action, ticked);
    }

    private String callback(Map<String, String> params) {
        return FacebookLogins.callback(web, params);
    }

    private void unknownState(Map<String, String> params) {
        String page = new String(
                FacebookLogins.callbackRequest(web, params)
                        .expectStatus()
                        .isBadRequest()
                        .expectBody()
                        .returnResult()
                        .getResponseBodyContent(),
                StandardCharsets.UTF_8);
        assertThat(page).contains("Nothing was stored");
    }

    private JsonNode json(org.springframework.test.web.reactive.server.WebTestClient.RequestHeadersSpec<?> request) {
        return JSON.readTree(Answers.okJson(request).returnResult().getResponseBodyContent());
    }

    private void assertStoredOnlyEncrypted(UUID connection, String token) throws Exception {
        try (Connection db = database.connect();
                PreparedStatement query = db.prepareStatement(
                        "SELECT ciphertext, key_id FROM meta_sync.facebook_connections WHERE id = ?")) {
            query.setObject(1, connection);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(new String(row.getBytes(1), StandardCharsets.ISO_8859_1))
                        .doesNotContain(token)
                        .doesNotContain(token.substring(3, 20));
                assertThat(row.getString(2)).isEqualTo("test-k1");
            }
        }
    }
}
