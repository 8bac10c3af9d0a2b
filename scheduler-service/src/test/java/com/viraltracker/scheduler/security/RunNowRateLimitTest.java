package com.viraltracker.scheduler.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.testing.Answers;
import com.viraltracker.testing.ServiceIntegrationTest;
import com.viraltracker.testing.TestDatabase;
import com.viraltracker.testing.TestTokens;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIntegrationTest
@TestPropertySource(
        properties = {"viraltracker.scheduler.run-now.per-brand=2", "viraltracker.scheduler.run-now.period=1h"})
class RunNowRateLimitTest {
    @LocalServerPort
    int port;

    @Autowired
    WebTestClient admin;

    @Autowired
    TestDatabase database;

    @Test
    void a_brand_over_its_manual_run_rate_gets_a_429_with_retry_after_and_other_brands_do_not() {
        UUID busy = UUID.randomUUID();
        UUID calm = UUID.randomUUID();
        String busyJob = createJob(busy);
        String calmJob = createJob(calm);
        WebTestClient web =
                WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        String operator = TestTokens.bearer(TestTokens.operator(busy, calm));

        for (int i = 0; i < 2; i++) {
            web.post()
                    .uri("/api/v1/jobs/{id}/run", busyJob)
                    .header(HttpHeaders.AUTHORIZATION, operator)
                    .exchange()
                    .expectStatus()
                    .isAccepted();
        }
        tooManyRequests(web.post().uri("/api/v1/jobs/{id}/run", busyJob).header(HttpHeaders.AUTHORIZATION, operator))
                // One run refills every 30 minutes: the caller is told to come back then, not in a second.
                .expectHeader()
                .value(
                        HttpHeaders.RETRY_AFTER,
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1700L, 1800L))
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat(detail.toString()).contains(busy.toString()));
        web.post()
                .uri("/api/v1/jobs/{id}/run", calmJob)
                .header(HttpHeaders.AUTHORIZATION, operator)
                .exchange()
                .expectStatus()
                .isAccepted();
    }

    /** "Run again" starts a manual run too; a finished run of a brand over its limit is not run again. */
    @Test
    void running_a_finished_run_again_counts_against_the_same_limit() throws Exception {
        UUID brand = UUID.randomUUID();
        String job = createJob(brand);
        WebTestClient web =
                WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        String operator = TestTokens.bearer(TestTokens.operator(brand));
        String first = (String) Answers.accepted(
                        web.post().uri("/api/v1/jobs/{id}/run", job).header(HttpHeaders.AUTHORIZATION, operator),
                        Map.class)
                .get("id");
        try (Connection connection = database.connect();
                PreparedStatement finish = connection.prepareStatement(
                        "UPDATE scheduler.job_runs SET status = 'failed', error_category = 'TRANSIENT' WHERE id = ?")) {
            finish.setObject(1, UUID.fromString(first));
            assertThat(finish.executeUpdate()).isEqualTo(1);
        }
        web.post()
                .uri("/api/v1/runs/{id}/rerun", first)
                .header(HttpHeaders.AUTHORIZATION, operator)
                .exchange()
                .expectStatus()
                .isAccepted();
        tooManyRequests(web.post().uri("/api/v1/runs/{id}/rerun", first).header(HttpHeaders.AUTHORIZATION, operator))
                .expectHeader()
                .exists(HttpHeaders.RETRY_AFTER);
    }

    private String createJob(UUID brand) {
        Map<?, ?> job = Answers.created(
                admin.post()
                        .uri("/api/v1/jobs")
                        .bodyValue(Map.of(
                                "brand_id",
                                brand,
                                "name",
                                "sync",
                                "job_type",
                                "meta_sync",
                                "cron_expression",
                                "0 6 * * *",
                                "parameters",
                                Map.of("days_back", 7))),
                Map.class);
        return (String) job.get("id");
    }

    /** A 429 problem, for checks of when it tells the caller to come back. */
    private static WebTestClient.ResponseSpec tooManyRequests(WebTestClient.RequestHeadersSpec<?> request) {
        return request.exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
