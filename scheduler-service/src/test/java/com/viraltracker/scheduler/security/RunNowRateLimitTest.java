package com.viraltracker.scheduler.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.testing.ServiceIntegrationTest;
import com.viraltracker.testing.TestTokens;
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
        web.post()
                .uri("/api/v1/jobs/{id}/run", busyJob)
                .header(HttpHeaders.AUTHORIZATION, operator)
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
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

    private String createJob(UUID brand) {
        Map<?, ?> job = admin.post()
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
                        Map.of("days_back", 7)))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return (String) job.get("id");
    }
}
