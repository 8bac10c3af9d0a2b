package com.viraltracker.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.testing.Answers;
import com.viraltracker.testing.ServiceIntegrationTest;
import com.viraltracker.testing.TestTokens;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

@ServiceIntegrationTest
class ServiceSecurityTest {
    static final UUID BRAND_A = UUID.fromString("aaaaaaaa-0000-0000-0000-00000000000a");
    static final UUID BRAND_B = UUID.fromString("bbbbbbbb-0000-0000-0000-00000000000b");

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient harnessClient;

    /** No default token: each request carries exactly the credentials the test gives it. */
    WebTestClient web;

    @BeforeEach
    void tokenlessClient() {
        web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void health_and_its_probes_are_open_without_a_token() {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            web.get().uri(path).exchange().expectStatus().isOk();
        }
    }

    @Test
    void health_shows_what_it_is_made_of_only_to_a_caller_with_a_token() {
        Answers.okJson(web.get().uri("/actuator/health"))
                .jsonPath("$.status")
                .isEqualTo("UP")
                .jsonPath("$.components")
                .doesNotExist();
        Answers.okJson(web.get()
                        .uri("/actuator/health")
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.viewer())))
                .jsonPath("$.components")
                .exists();
    }

    @Test
    void a_path_the_firewall_refuses_is_a_400_problem_naming_the_path() {
        for (String path : List.of("/api/v1/brands/%2500/notes", "/api/v1/brands/../notes")) {
            Answers.badRequestProblem(web.get()
                            .uri(java.net.URI.create("http://localhost:" + port + path))
                            .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.admin())))
                    .jsonPath("$.status")
                    .isEqualTo(400)
                    .jsonPath("$.errors[0].field")
                    .isEqualTo("path");
        }
    }

    @Test
    void every_other_endpoint_without_a_token_is_a_401_problem() {
        for (String path : List.of("/v3/api-docs", "/actuator/info", "/api/v1/brands/" + BRAND_A + "/notes")) {
            web.get()
                    .uri(path)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo(SecurityProblems.UNAUTHENTICATED.toString())
                    .jsonPath("$.status")
                    .isEqualTo(401);
        }
        web.post()
                .uri("/api/v1/brands/{b}/notes", BRAND_A)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void refuses_expired_foreign_roleless_and_malformed_tokens() {
        long now = Instant.now().getEpochSecond();
        Map<String, String> refused = Map.of(
                "expired",
                        TestTokens.sign(
                                TestTokens.SECRET,
                                Map.of("sub", "x", "role", "admin", "iat", now - 7200, "exp", now - 3600)),
                "signed with another key",
                        TestTokens.sign(
                                "another-key-that-is-also-32-bytes-long!!",
                                Map.of("sub", "x", "role", "admin", "exp", now + 600)),
                "without expiry", TestTokens.sign(TestTokens.SECRET, Map.of("sub", "x", "role", "admin")),
                "unknown role",
                        TestTokens.sign(TestTokens.SECRET, Map.of("sub", "x", "role", "owner", "exp", now + 600)),
                "brands not UUIDs",
                        TestTokens.sign(
                                TestTokens.SECRET,
                                Map.of("sub", "x", "role", "viewer", "brands", List.of("acme"), "exp", now + 600)),
                "not a JWT", "not-a-jwt");
        refused.forEach((why, token) -> web.get()
                .uri("/api/v1/brands/{b}/notes", BRAND_A)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token))
                .exchange()
                .expectStatus()
                .value(status -> assertThat(status).as(why).isEqualTo(401))
                .expectHeader()
                .value(
                        HttpHeaders.WWW_AUTHENTICATE,
                        header -> assertThat(header).as(why).startsWith("Bearer error=\"invalid_token\""))
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void a_correctly_signed_token_without_a_subject_is_a_401_problem_naming_the_claim() {
        long now = Instant.now().getEpochSecond();
        Map<String, Map<String, Object>> refused = Map.of(
                "no sub", Map.of("role", "admin", "exp", now + 600),
                "blank sub", Map.of("sub", " ", "role", "admin", "exp", now + 600),
                "sub with NUL", Map.of("sub", "a\u0000b", "role", "admin", "exp", now + 600),
                "sub of 256 characters", Map.of("sub", "x".repeat(256), "role", "admin", "exp", now + 600));
        refused.forEach((why, claims) -> web.post()
                .uri("/api/v1/brands/{b}/notes", BRAND_A)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.sign(TestTokens.SECRET, claims)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .value(status -> assertThat(status).as(why).isEqualTo(401))
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).as(why).contains("sub claim")));
        web.post()
                .uri("/api/v1/brands/{b}/notes", BRAND_A)
                .header(
                        HttpHeaders.AUTHORIZATION,
                        TestTokens.bearer(TestTokens.sign(
                                TestTokens.SECRET, Map.of("sub", "x".repeat(255), "role", "admin", "exp", now + 600))))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void the_callers_subject_is_what_service_code_records() {
        Answers.okJson(web.get()
                        .uri("/api/v1/scope")
                        .header(
                                HttpHeaders.AUTHORIZATION,
                                TestTokens.bearer(
                                        TestTokens.token("ada@wonderpaws.example", "viewer", List.of(BRAND_A)))))
                .jsonPath("$.subject")
                .isEqualTo("ada@wonderpaws.example");
    }

    @Test
    void a_viewer_reads_its_brand_but_changes_nothing() {
        String viewer = TestTokens.bearer(TestTokens.viewer(BRAND_A));
        Answers.okJson(web.get().uri("/api/v1/brands/{b}/notes", BRAND_A).header(HttpHeaders.AUTHORIZATION, viewer))
                .jsonPath("$.brandId")
                .isEqualTo(BRAND_A.toString());
        web.post()
                .uri("/api/v1/brands/{b}/notes", BRAND_A)
                .header(HttpHeaders.AUTHORIZATION, viewer)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\":\"hi\"}")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(SecurityProblems.FORBIDDEN.toString());
    }

    @Test
    void an_operator_changes_its_brand_and_finds_no_other_brand() {
        String operator = TestTokens.bearer(TestTokens.operator(BRAND_A));
        web.post()
                .uri("/api/v1/brands/{b}/notes", BRAND_A)
                .header(HttpHeaders.AUTHORIZATION, operator)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\":\"hi\"}")
                .exchange()
                .expectStatus()
                .isOk();
        web.get()
                .uri("/api/v1/brands/{b}/notes", BRAND_B)
                .header(HttpHeaders.AUTHORIZATION, operator)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.post()
                .uri("/api/v1/brands/{b}/notes", BRAND_B)
                .header(HttpHeaders.AUTHORIZATION, operator)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\":\"hi\"}")
                .exchange()
                .expectStatus()
                .isNotFound();
        Answers.okJson(web.get().uri("/api/v1/scope").header(HttpHeaders.AUTHORIZATION, operator))
                .jsonPath("$.everyBrand")
                .isEqualTo(false)
                .jsonPath("$.brands[0]")
                .isEqualTo(BRAND_A.toString());
    }

    @Test
    void an_admin_acts_on_every_brand() {
        String admin = TestTokens.bearer(TestTokens.admin());
        for (UUID brand : List.of(BRAND_A, BRAND_B)) {
            web.post()
                    .uri("/api/v1/brands/{b}/notes", brand)
                    .header(HttpHeaders.AUTHORIZATION, admin)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
        Answers.okJson(web.get().uri("/api/v1/scope").header(HttpHeaders.AUTHORIZATION, admin))
                .jsonPath("$.everyBrand")
                .isEqualTo(true);
    }

    @Test
    void prometheus_is_open_to_the_loopback_metrics_network_without_a_token() {
        String metrics = Answers.okText(web, "/actuator/prometheus");
        assertThat(metrics).contains("jvm_memory_used_bytes");
    }

    @Test
    void a_declared_body_over_the_limit_is_a_413_problem_naming_the_body() {
        byte[] body = new byte[1024 * 1024 + 1];
        Arrays.fill(body, (byte) ' ');
        web.post()
                .uri("/api/v1/brands/{b}/notes", BRAND_A)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.operator(BRAND_A)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("body");
    }

    @Test
    void a_chunked_body_over_the_limit_is_a_413_problem_too() {
        DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        Flux<DataBuffer> chunks = Flux.concat(
                Flux.just("{\"text\":\"").map(s -> buffers.wrap(s.getBytes())),
                Flux.range(0, 20).map(i -> buffers.wrap(chunk.clone())),
                Flux.just("\"}").map(s -> buffers.wrap(s.getBytes())));
        web.post()
                .uri("/api/v1/brands/{b}/notes", BRAND_A)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.operator(BRAND_A)))
                .contentType(MediaType.APPLICATION_JSON)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("body");
    }

    @Test
    void the_harness_client_calls_as_an_admin() {
        harnessClient
                .get()
                .uri("/api/v1/brands/{b}/notes", BRAND_B)
                .exchange()
                .expectStatus()
                .isOk();
    }
}
