package com.viraltracker.metasync.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.facebook.ads.sdk.APIException;
import com.facebook.ads.sdk.APIRequest;
import com.facebook.ads.sdk.CrashReporter;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.result.ResultStatus;
import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.graphsim.Fault;
import com.viraltracker.metasync.MetaSyncIntegrationTest;
import com.viraltracker.metasync.TestGraphSimulator;
import com.viraltracker.metasync.graph.GraphEndpoint;
import com.viraltracker.metasync.graph.TimeoutRequestExecutor;
import com.viraltracker.testing.Answers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * An ad account outside our Business Manager, linked with its own access token, which is stored encrypted and used
 * for its syncs.
 */
class AccountTokenApiTest extends MetaSyncIntegrationTest {
    private static final String URI = "/api/v1/brands/{brand}/ad-accounts";

    @Value("${viraltracker.meta.access-token}")
    String systemUserToken;

    private static String newToken() {
        return "EAAGown/" + UUID.randomUUID().toString().replace("-", "") + "+x=";
    }

    private String newAccountRequiring(String token) {
        String id = TestGraphSimulator.newAccountId();
        simulator.account(AccountSpec.of(id).withAds(1, 1, 2));
        simulator.requireAccessToken(id, token);
        return id;
    }

    @Test
    void linking_with_a_token_stores_it_encrypted_and_answers_only_that_the_account_has_one() throws Exception {
        UUID brand = UUID.randomUUID();
        String token = newToken();
        String id = newAccountRequiring(token);

        String created = new String(
                web.post()
                        .uri(URI, brand)
                        .bodyValue(Map.of("ad_account_id", id, "access_token", token))
                        .exchange()
                        .expectStatus()
                        .isCreated()
                        .expectBody()
                        .jsonPath("$.has_access_token")
                        .isEqualTo(true)
                        .jsonPath("$.access_token_set_at")
                        .exists()
                        .jsonPath("$.access_token")
                        .doesNotExist()
                        .returnResult()
                        .getResponseBodyContent(),
                StandardCharsets.UTF_8);
        String listed = new String(
                Answers.okJson(web.get().uri(URI, brand))
                        .jsonPath("$[0].has_access_token")
                        .isEqualTo(true)
                        .returnResult()
                        .getResponseBodyContent(),
                StandardCharsets.UTF_8);

        assertThat(created + listed).doesNotContain(token);
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT ciphertext, key_id FROM meta_sync.ad_account_tokens WHERE brand_id = ? AND ad_account_id = ?")) {
            query.setObject(1, brand);
            query.setString(2, "act_" + id);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(new String(row.getBytes(1), StandardCharsets.ISO_8859_1))
                        .doesNotContain(token)
                        .doesNotContain(token.substring(5, 15));
                assertThat(row.getString(2)).isEqualTo("test-k1");
            }
        }
        // Linking again without a token verifies with, and keeps, the account's own token.
        Answers.okJson(web.post().uri(URI, brand).bodyValue(Map.of("ad_account_id", id)))
                .jsonPath("$.has_access_token")
                .isEqualTo(true);
        assertThat(count("SELECT count(*) FROM meta_sync.ad_account_tokens WHERE brand_id = ?", brand))
                .isEqualTo(1);
    }

    @Test
    void the_sync_reads_an_account_with_its_own_token_and_the_others_with_the_system_users() {
        UUID brand = UUID.randomUUID();
        String own = newToken();
        String ownAccount = newAccountRequiring(own);
        String systemAccount = newAccountRequiring(systemUserToken);
        web.post()
                .uri(URI, brand)
                .bodyValue(Map.of("ad_account_id", ownAccount, "access_token", own))
                .exchange()
                .expectStatus()
                .isCreated();
        link(brand, systemAccount);

        JobResult result = runSync(brand, 2);

        // The simulator answers each account only with its token: both synced means each got the right one.
        assertSucceeded(result);
        assertThat(result.summary().get("rows_upserted")).isEqualTo(2 * 2 + 2 * 2);
    }

    @Test
    void a_revoked_own_token_fails_the_run_as_auth_naming_the_account_and_not_the_token() {
        UUID brand = UUID.randomUUID();
        String own = newToken();
        String id = newAccountRequiring(own);
        web.post()
                .uri(URI, brand)
                .bodyValue(Map.of("ad_account_id", id, "access_token", own))
                .exchange()
                .expectStatus()
                .isCreated();
        simulator.injectFault(id, Fault.expiredToken());

        JobResult result = runSync(brand, 2);

        assertThat(result.status()).isEqualTo(ResultStatus.FAILED);
        assertThat(result.errorCategory()).isEqualTo(ErrorCategory.AUTH);
        assertThat(result.errorMessage())
                .contains("act_" + id)
                .contains("own access token")
                .contains("access_token")
                .doesNotContain(own);
        simulator.clearFaults(id);
    }

    @Test
    void a_stored_token_that_no_longer_decrypts_fails_the_run_naming_the_account_and_the_way_out() {
        UUID brand = UUID.randomUUID();
        String token = newToken();
        String id = newAccountRequiring(token);
        web.post()
                .uri(URI, brand)
                .bodyValue(Map.of("ad_account_id", id, "access_token", token))
                .exchange()
                .expectStatus()
                .isCreated();
        // Another account's ciphertext copied onto this row: authentication fails, nothing is read with it.
        UUID otherBrand = UUID.randomUUID();
        String otherToken = newToken();
        String other = newAccountRequiring(otherToken);
        web.post()
                .uri(URI, otherBrand)
                .bodyValue(Map.of("ad_account_id", other, "access_token", otherToken))
                .exchange()
                .expectStatus()
                .isCreated();
        count(
                "WITH u AS (UPDATE meta_sync.ad_account_tokens t SET ciphertext = (SELECT ciphertext FROM "
                        + "meta_sync.ad_account_tokens WHERE brand_id = ?) WHERE t.brand_id = ? RETURNING 1) "
                        + "SELECT count(*) FROM u",
                otherBrand,
                brand);

        JobResult result = runSync(brand, 2);

        assertThat(result.status()).isEqualTo(ResultStatus.FAILED);
        assertThat(result.errorCategory()).isEqualTo(ErrorCategory.INTERNAL);
        assertThat(result.errorMessage())
                .contains("act_" + id)
                .contains("link the account again")
                .doesNotContain(token)
                .doesNotContain(otherToken);
    }

    @Test
    void a_token_meta_rejects_or_a_blank_token_is_a_400_naming_access_token_without_echoing_it() {
        UUID brand = UUID.randomUUID();
        String id = newAccountRequiring(newToken());
        String wrong = newToken();

        String body = new String(
                web.post()
                        .uri(URI, brand)
                        .bodyValue(Map.of("ad_account_id", id, "access_token", wrong))
                        .exchange()
                        .expectStatus()
                        .isBadRequest()
                        .expectBody()
                        .jsonPath("$.errors[0].field")
                        .isEqualTo("access_token")
                        .returnResult()
                        .getResponseBodyContent(),
                StandardCharsets.UTF_8);
        assertThat(body).contains("act_" + id).doesNotContain(wrong);

        // Sent unquoted, the token is not JSON; the parser's complaint must not quote it back.
        String unquoted = "EAAGunquoted" + UUID.randomUUID().toString().replace("-", "");
        String invalidJson = new String(
                web.post()
                        .uri(URI, brand)
                        .header("Content-Type", "application/json")
                        .bodyValue("{\"ad_account_id\": \"" + id + "\", \"access_token\": " + unquoted + "}")
                        .exchange()
                        .expectStatus()
                        .isBadRequest()
                        .expectBody()
                        .jsonPath("$.errors[0].field")
                        .isEqualTo("body")
                        .returnResult()
                        .getResponseBodyContent(),
                StandardCharsets.UTF_8);
        assertThat(invalidJson).contains("not valid JSON").doesNotContain(unquoted);

        Answers.badRequestNaming(
                web.post().uri(URI, brand).bodyValue(Map.of("ad_account_id", id, "access_token", "  ")),
                "access_token");
        assertThat(count("SELECT count(*) FROM meta_sync.brand_ad_accounts WHERE brand_id = ?", brand))
                .isZero();
    }

    @Test
    void the_sdk_has_no_crash_reporter_and_calls_through_our_executor_bound_to_the_configured_endpoint() {
        assertThat(CrashReporter.isEnabled()).isFalse();
        assertThat(Thread.getDefaultUncaughtExceptionHandler() instanceof CrashReporter)
                .isFalse();
        assertThat(APIRequest.getExecutor()).isInstanceOf(TimeoutRequestExecutor.class);
        assertThat(((TimeoutRequestExecutor) APIRequest.getExecutor()).endpoint())
                .isEqualTo(GraphEndpoint.of(simulator.baseUrl()));
        // The SDK's own asynchronous executor would call any URL; it is replaced by one that calls nothing.
        assertThatThrownBy(() -> APIRequest.getAsyncExecutor()
                        .sendGet(simulator.baseUrl() + "/v24.0/act_1", Map.of("access_token", systemUserToken), null))
                .isInstanceOf(APIException.class)
                .hasMessageContaining("asynchronous SDK calls are disabled");
    }
}
