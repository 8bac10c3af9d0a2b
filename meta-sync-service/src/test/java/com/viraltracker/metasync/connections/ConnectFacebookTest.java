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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Connect Facebook" end to end against the simulator's Facebook Login: the dialog is driven over HTTP as a
 * browser would (the console's browser test drives it in Chromium), and the completion is asked for as the console
 * asks for it, with the signed-in person's token.
 */
class ConnectFacebookTest extends MetaSyncIntegrationTest {
    private static final HttpClient BROWSER = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        UUID connection = connected(complete(back), client.brand());

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
        assertThat(connected(complete(again), client.brand())).isEqualTo(connection);
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

        assertNothingStored(complete(consent(start(client.brand(), null), "cancel")), client.brand(), "denied");
        assertNothingStored(
                complete(consent(start(client.brand(), null), "allow", "account." + client.accountA())),
                client.brand(),
                "missing_scope");
        // Meta refuses the code (a made-up one with a real state): the exchange fails.
        Map<String, String> refusedCode = new java.util.HashMap<>(
                consent(start(client.brand(), null), "allow", "scope.ads_read", "account." + client.accountA()));
        refusedCode.put("code", "AQ-not-a-code-Meta-issued");
        assertNothingStored(complete(refusedCode), client.brand(), "failed");
        assertThat(count("SELECT count(*) FROM meta_sync.facebook_connections WHERE brand_id = ?", client.brand()))
                .isZero();

        UUID connection = connected(
                complete(consent(
                        start(client.brand(), null), "allow", "scope.ads_read", "account." + client.accountA())),
                client.brand());
        String token = simulator.tokensOf(client.userId()).get(0).value();
        String intruder = "fb-" + UUID.randomUUID();
        simulator.facebookUser(FacebookUser.of(intruder, "Someone Else", client.accountA()));
        simulator.signIn(intruder);
        assertNothingStored(
                complete(consent(
                        start(client.brand(), connection), "allow", "scope.ads_read", "account." + client.accountA())),
                client.brand(),
                "other_facebook_user");
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
        connected(complete(back), client.brand());
        unknownState(back);

        Map<String, String> late =
                consent(start(client.brand(), null), "allow", "scope.ads_read", "account." + client.accountB());
        simulator.advanceClock(Duration.ofMinutes(11));
        unknownState(late);
        assertThat(count("SELECT count(*) FROM meta_sync.facebook_connections WHERE brand_id = ?", client.brand()))
                .isEqualTo(1);
    }

    @Test
    void a_login_finished_in_another_users_session_is_refused_stores_nothing_and_cannot_be_finished_after()
            throws Exception {
        Client client = client();
        String ana = TestTokens.token("ana-" + UUID.randomUUID(), "operator", List.of(client.brand()));
        String bo = TestTokens.token("bo-" + UUID.randomUUID(), "operator", List.of(client.brand()));
        Map<String, String> back = consent(
                FacebookLogins.start(web, ana, client.brand(), null),
                "allow",
                "scope.ads_read",
                "account." + client.accountA());

        // Ana's login lands in Bo's browser (a link sent to him, a shared machine): Bo's session finishes it.
        JsonNode problem = refused(bo, back, 403);
        assertThat(problem.path("detail").asString())
                .contains("this Facebook login was started by another user")
                .contains("nothing was stored");
        assertThat(problem.toString()).doesNotContain(back.get("code")).doesNotContain(back.get("state"));
        assertThat(simulator.tokensOf(client.userId()))
                .as("the code was never exchanged")
                .isEmpty();
        assertThat(count("SELECT count(*) FROM meta_sync.facebook_connections WHERE brand_id = ?", client.brand()))
                .isZero();

        // The refused attempt used the login up: not even Ana can finish it now.
        assertThat(refused(ana, back, 409).path("detail").asString()).contains("was already used");
        assertThat(count("SELECT count(*) FROM meta_sync.facebook_connections WHERE brand_id = ?", client.brand()))
                .isZero();
    }

    @Test
    void a_login_of_a_brand_its_starter_may_no_longer_act_on_is_not_found_and_a_viewer_is_refused() throws Exception {
        Client client = client();
        String subject = "ana-" + UUID.randomUUID();
        String started = TestTokens.token(subject, "operator", List.of(client.brand()));

        // Ana signs in again, now for another brand only: her old login's brand is sealed off (404, as unknown).
        String elsewhere = TestTokens.token(subject, "operator", List.of(UUID.randomUUID()));
        Map<String, String> back = consent(
                FacebookLogins.start(web, started, client.brand(), null),
                "allow",
                "scope.ads_read",
                "account." + client.accountA());
        JsonNode notFound = refused(elsewhere, back, 404);
        assertThat(notFound.toString()).doesNotContain(back.get("code"));

        // As a viewer of the brand she may change nothing.
        String viewer = TestTokens.token(subject, "viewer", List.of(client.brand()));
        refused(
                viewer,
                consent(
                        FacebookLogins.start(web, started, client.brand(), null),
                        "allow",
                        "scope.ads_read",
                        "account." + client.accountA()),
                403);

        assertThat(simulator.tokensOf(client.userId())).isEmpty();
        assertThat(count("SELECT count(*) FROM meta_sync.facebook_connections WHERE brand_id = ?", client.brand()))
                .isZero();
    }

    @Test
    void another_brands_operator_and_a_viewer_cannot_start_read_or_disconnect() throws Exception {
        Client client = client();
        UUID connection = connected(
                complete(consent(
                        start(client.brand(), null), "allow", "scope.ads_read", "account." + client.accountA())),
                client.brand());
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
        UUID connection = connected(
                complete(consent(
                        start(client.brand(), null), "allow", "scope.ads_read", "account." + client.accountA())),
                client.brand());
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
        complete(consent(start(client.brand(), connection), "allow", "scope.ads_read", "account." + client.accountA()));
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

    private JsonNode complete(Map<String, String> params) {
        return FacebookLogins.complete(web, params);
    }

    /** The connection a completed login stored for the brand. */
    private static UUID connected(JsonNode completed, UUID brand) {
        assertThat(completed.path("outcome").asString()).isEqualTo("connected");
        assertThat(completed.path("brand_id").asString()).isEqualTo(brand.toString());
        return UUID.fromString(completed.path("connection_id").asString());
    }

    private static void assertNothingStored(JsonNode completed, UUID brand, String outcome) {
        assertThat(completed.path("outcome").asString()).isEqualTo(outcome);
        assertThat(completed.path("brand_id").asString()).isEqualTo(brand.toString());
        assertThat(completed.path("connection_id").isNull()
                        || completed.path("connection_id").isMissingNode())
                .as("no connection in %s", completed)
                .isTrue();
    }

    /** Refused as a problem naming why; {@code token}: the caller ({@code null}: the test client's default). */
    private JsonNode refused(String token, Map<String, String> params, int status) {
        return JSON.readTree(FacebookLogins.completeRequest(web, token, params)
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType("application/problem+json")
                .expectBody()
                .returnResult()
                .getResponseBodyContent());
    }

    private void unknownState(Map<String, String> params) {
        assertThat(refused(null, params, 409).path("detail").asString())
                .contains("unknown, was already used, or is older than 10 minutes")
                .contains("nothing was stored");
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
