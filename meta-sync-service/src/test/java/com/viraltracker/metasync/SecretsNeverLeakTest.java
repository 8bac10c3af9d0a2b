package com.viraltracker.metasync;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.Topics;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.result.ResultStatus;
import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.graphsim.FacebookUser;
import com.viraltracker.graphsim.Fault;
import com.viraltracker.testing.Answers;
import com.viraltracker.testing.TopicProbe;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * Runs meta_sync through success, a revoked token and Graph errors that repeat the whole request (token included),
 * links accounts with good and bad tokens, connects Facebook (the app secret, the login's code, its short- and
 * long-lived tokens), and then looks for every one of them, raw and URL-encoded, in everything the
 * service said: its log output, every record (value and headers) on every project topic, and the REST answers.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsNeverLeakTest extends MetaSyncIntegrationTest {
    private static final String URI = "/api/v1/brands/{brand}/ad-accounts";

    @Value("${viraltracker.meta.access-token}")
    String systemUserToken;

    private final List<String> secrets = new ArrayList<>();
    private final StringBuilder answers = new StringBuilder();

    private String newToken() {
        String token = "EAAGleak/" + UUID.randomUUID().toString().replace("-", "") + "+t=";
        secrets.add(token);
        return token;
    }

    private String account(String requiredToken) {
        String id = TestGraphSimulator.newAccountId();
        simulator.account(AccountSpec.of(id).withAds(1, 1, 2));
        simulator.requireAccessToken(id, requiredToken);
        return id;
    }

    private void linkWithToken(UUID brand, String id, String token, int expectedStatus) {
        answers.append(new String(
                web.post()
                        .uri(URI, brand)
                        .bodyValue(Map.of("ad_account_id", id, "access_token", token))
                        .exchange()
                        .expectStatus()
                        .isEqualTo(expectedStatus)
                        .expectBody()
                        .returnResult()
                        .getResponseBodyContent(),
                StandardCharsets.UTF_8));
    }

    @Test
    void no_token_appears_in_logs_events_or_answers_of_successful_and_failing_runs(CapturedOutput output)
            throws Exception {
        secrets.add(systemUserToken);
        List<TopicProbe> probes = Topics.all().stream().map(TopicProbe::fromNow).toList();
        List<UUID> runs = new ArrayList<>();
        StringBuilder events = new StringBuilder();
        try {
            // A brand read with the system user's token, one with its own token: both succeed.
            UUID systemBrand = UUID.randomUUID();
            link(systemBrand, account(systemUserToken));
            JobResult systemRun = runSync(systemBrand, 2);
            assertSucceeded(systemRun);
            UUID ownBrand = UUID.randomUUID();
            String ownToken = newToken();
            linkWithToken(ownBrand, account(ownToken), ownToken, 201);
            JobResult ownRun = runSync(ownBrand, 2);
            assertSucceeded(ownRun);

            // The account's token is revoked: AUTH, naming the account.
            UUID revokedBrand = UUID.randomUUID();
            String revokedToken = newToken();
            String revoked = account(revokedToken);
            linkWithToken(revokedBrand, revoked, revokedToken, 201);
            simulator.requireAccessToken(revoked, "a-token-issued-later");
            JobResult revokedRun = runSync(revokedBrand, 2);
            assertThat(revokedRun.errorCategory()).isEqualTo(ErrorCategory.AUTH);
            assertThat(revokedRun.errorMessage()).contains("act_" + revoked);

            // Graph errors that repeat the request, access_token parameter and all, for both kinds of token.
            UUID echoBrand = UUID.randomUUID();
            String echoToken = newToken();
            String echoOwn = account(echoToken);
            linkWithToken(echoBrand, echoOwn, echoToken, 201);
            String echoSystem = account(systemUserToken);
            link(echoBrand, echoSystem);
            simulator.injectFault(echoOwn, Fault.echoRequest().on(Fault.Scope.INSIGHTS));
            simulator.injectFault(echoSystem, Fault.echoRequest().on(Fault.Scope.INSIGHTS));
            JobResult echoRun = runSync(echoBrand, 2);
            assertThat(echoRun.status()).isEqualTo(ResultStatus.FAILED);
            // The echo happened, and reached the message only with the token masked.
            assertThat(echoRun.errorMessage())
                    .contains("Invalid parameter in GET")
                    .contains("act_" + echoOwn)
                    .contains("act_" + echoSystem)
                    .contains("access_token=****");

            // Linking with a token Meta rejects, and while Meta echoes the request: 400s, no token in them.
            String rejected = newToken();
            linkWithToken(UUID.randomUUID(), account(newToken()), rejected, 400);
            String echoedAtLink = account(newToken());
            simulator.injectFault(echoedAtLink, Fault.echoRequest().on(Fault.Scope.ACCOUNT));
            String echoedToken = newToken();
            simulator.requireAccessToken(echoedAtLink, null);
            linkWithToken(UUID.randomUUID(), echoedAtLink, echoedToken, 400);
            assertThat(answers).contains("Invalid parameter in GET");

            answers.append(Answers.okText(web, URI, ownBrand));
            // Connect Facebook: the app secret, the login's code, its short- and long-lived tokens, through a
            // login, a replayed completion, a sync, a refused token and the connection's listing.
            secrets.add(TestGraphSimulator.APP_SECRET);
            UUID connectedBrand = UUID.randomUUID();
            String connected = TestGraphSimulator.newAccountId();
            simulator.account(AccountSpec.of(connected).withAds(1, 1, 2));
            String user = "fb-" + UUID.randomUUID();
            simulator.facebookUser(FacebookUser.of(user, "Leak Check", connected));
            simulator.signIn(user);
            Map<String, String> back = FacebookLogins.consent(
                    FacebookLogins.start(web, connectedBrand, null), "allow", "scope.ads_read", "account." + connected);
            secrets.add(back.get("code"));
            secrets.add(back.get("state"));
            JsonNode completed = FacebookLogins.complete(web, back);
            answers.append(completed);
            answers.append(new String(
                    FacebookLogins.completeRequest(web, null, back)
                            .expectStatus()
                            .isEqualTo(409)
                            .expectBody()
                            .returnResult()
                            .getResponseBodyContent(),
                    StandardCharsets.UTF_8));
            String connection = completed.path("connection_id").asString();
            answers.append(new String(
                    web.post()
                            .uri(URI, connectedBrand)
                            .bodyValue(Map.of("ad_account_id", connected, "connection_id", connection))
                            .exchange()
                            .expectStatus()
                            .isCreated()
                            .expectBody()
                            .returnResult()
                            .getResponseBodyContent(),
                    StandardCharsets.UTF_8));
            JobResult connectedRun = runSync(connectedBrand, 2);
            assertSucceeded(connectedRun);
            simulator.expireTokensOf(user);
            JobResult refusedRun = runSync(connectedBrand, 2);
            assertThat(refusedRun.errorCategory()).isEqualTo(ErrorCategory.AUTH);
            simulator.tokensOf(user).forEach(token -> secrets.add(token.value()));
            assertThat(simulator.tokensOf(user)).hasSize(2);
            answers.append(Answers.okText(web, "/api/v1/brands/{brand}/facebook-connections", connectedBrand));
            runs.addAll(List.of(
                    systemRun.runId(),
                    ownRun.runId(),
                    revokedRun.runId(),
                    echoRun.runId(),
                    connectedRun.runId(),
                    refusedRun.runId()));
            simulator.clearFaults(echoOwn);
            simulator.clearFaults(echoSystem);
        } finally {
            probes.forEach(probe -> events.append(recordsOf(probe)));
            probes.forEach(TopicProbe::close);
        }
        assertNoSecretIn("log output", output.getAll());
        assertNoSecretIn("events", events.toString());
        assertNoSecretIn("REST answers", answers.toString());
        // The captures really hold the runs: a test that looked at nothing could not fail.
        runs.forEach(run -> assertThat(events).contains(run.toString()));
        assertThat(output.getAll()).contains("meta_sync run").contains("AUTH");
    }

    /** Every record the probe saw: topic, key, value and headers, as text. */
    private static String recordsOf(TopicProbe probe) {
        StringBuilder text = new StringBuilder();
        for (ConsumerRecord<String, byte[]> record : probe.drain(Duration.ofMillis(500))) {
            text.append(record.topic())
                    .append(' ')
                    .append(record.key())
                    .append(' ')
                    .append(record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8));
            for (Header header : record.headers()) {
                text.append(' ')
                        .append(header.key())
                        .append('=')
                        .append(new String(header.value(), StandardCharsets.UTF_8));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private void assertNoSecretIn(String where, String text) {
        assertThat(secrets).hasSizeGreaterThan(5);
        for (String secret : secrets) {
            assertThat(text)
                    .as("%s must not contain a token", where)
                    .doesNotContain(secret)
                    .doesNotContain(URLEncoder.encode(secret, StandardCharsets.UTF_8))
                    .doesNotContain(secret.substring(0, secret.length() - 3));
        }
    }
}
