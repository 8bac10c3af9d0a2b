package com.viraltracker.console.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Production sign-in: the authorization code flow against an OpenID issuer (a small real one, {@link StubIssuer}),
 * the access token verified with the issuer's keys and read for its role and brands. The local sign-in does not
 * exist in this mode.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcSignInTest {
    private static final String CLIENT = "viraltracker-console";
    private static final StubIssuer ISSUER = StubIssuer.start(CLIENT);
    private static final Pattern SESSION_COOKIE = Pattern.compile("^VT_CONSOLE=([^;]+)");

    @Value("${local.server.port}")
    int port;

    private WebTestClient client;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("viraltracker.auth.jwt-issuer-uri", ISSUER::url);
        registry.add("viraltracker.auth.jwt-secret", () -> "");
        registry.add("viraltracker.auth.client-id", () -> CLIENT);
        registry.add("viraltracker.auth.client-secret", () -> "client-secret");
        registry.add("viraltracker.console.meta-sync", () -> "http://127.0.0.1:9");
        registry.add("viraltracker.console.scheduler", () -> "http://127.0.0.1:9");
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.close();
    }

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    @Test
    void a_user_signs_in_at_the_issuer_and_the_console_acts_with_the_role_and_brands_of_the_access_token() {
        UUID brand = UUID.randomUUID();

        EntityExchangeResult<byte[]> landed = signIn(
                Map.of("sub", "ana@wonderpaws.example", "role", "operator", "brands", List.of(brand.toString())));

        assertThat(landed.getResponseHeaders().getLocation()).hasToString("/brands/" + brand + "/performance");
        String page = client.get()
                .uri("/brands/" + brand + "/performance")
                .cookie("VT_CONSOLE", session(landed.getResponseHeaders()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(page).contains("ana@wonderpaws.example").contains("operator").doesNotContain("eyJ");
    }

    @Test
    void an_access_token_without_a_role_is_refused() {
        EntityExchangeResult<byte[]> refused = signIn(Map.of("sub", "mallory"));

        assertThat(refused.getResponseHeaders().getLocation()).hasToString("/sign-in?refused");
    }

    @Test
    void the_sign_in_page_offers_the_issuer_and_no_local_sign_in() {
        String page = client.get()
                .uri("/sign-in")
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(page).contains("Sign in with your identity provider").doesNotContain("Or brand ids");
    }

    /** The browser's part of the authorization code flow, up to the console's redirect after it. */
    private EntityExchangeResult<byte[]> signIn(Map<String, Object> accessClaims) {
        EntityExchangeResult<byte[]> toIssuer = client.get()
                .uri("/oauth2/authorization/oidc")
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .expectBody()
                .returnResult();
        URI authorize = toIssuer.getResponseHeaders().getLocation();
        assertThat(authorize.toString()).startsWith(ISSUER.url() + "/authorize");
        Map<String, String> query = new java.util.HashMap<>();
        UriComponentsBuilder.fromUri(authorize)
                .build()
                .getQueryParams()
                .toSingleValueMap()
                .forEach((name, value) -> query.put(name, URLDecoder.decode(value, StandardCharsets.UTF_8)));
        assertThat(query).containsEntry("client_id", CLIENT).containsEntry("response_type", "code");
        ISSUER.expect(query.get("nonce"), accessClaims);
        return client.get()
                .uri(uri -> uri.path("/login/oauth2/code/oidc")
                        .queryParam("code", "one-time-code")
                        .queryParam("state", "{state}")
                        .build(query.get("state")))
                .cookie("VT_CONSOLE", session(toIssuer.getResponseHeaders()))
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .expectBody()
                .returnResult();
    }

    private static String session(HttpHeaders headers) {
        return headers.getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .map(SESSION_COOKIE::matcher)
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + headers));
    }
}
