package com.viraltracker.support.security;

import com.viraltracker.testing.ServiceIntegrationTest;
import com.viraltracker.testing.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The test client connects from loopback; with loopback not a metrics network, only an admin may scrape. */
@ServiceIntegrationTest
@TestPropertySource(properties = "viraltracker.auth.metrics-allowed-networks=10.0.0.0/8")
class RestrictedMetricsNetworkTest {
    @LocalServerPort
    int port;

    @Test
    void outside_the_metrics_network_prometheus_needs_an_admin_token() {
        WebTestClient web =
                WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        web.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        web.get()
                .uri("/actuator/prometheus")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.operator(UUID.randomUUID())))
                .exchange()
                .expectStatus()
                .isForbidden();
        web.get()
                .uri("/actuator/prometheus")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.admin()))
                .exchange()
                .expectStatus()
                .isOk();
    }
}
