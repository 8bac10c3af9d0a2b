package com.viraltracker.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StackTokensTest {
    private static final String SECRET = "a-local-stack-key-of-at-least-32-bytes!";
    private static final UUID BRAND = UUID.fromString("bc8461a8-232d-4765-8775-c75eaafc5503");

    @Test
    void every_token_names_its_subject_role_brands_and_expiry() {
        JsonNode claims = claims(StackTokens.mint(SECRET, "ada", "operator", List.of(BRAND), Duration.ofHours(12)));
        assertThat(claims.path("sub").asString()).isEqualTo("ada");
        assertThat(claims.path("role").asString()).isEqualTo("operator");
        assertThat(claims.path("brands").get(0).asString()).isEqualTo(BRAND.toString());
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(12 * 3600);
    }

    @Test
    void the_stacks_own_tools_sign_as_themselves() {
        assertThat(claims(StackTokens.mint(SECRET, "stack-demo", "admin", List.of(), Duration.ofMinutes(30)))
                        .path("sub")
                        .asString())
                .isEqualTo("stack-demo");
    }

    @Test
    void refuses_to_mint_a_token_without_a_subject_which_the_services_would_refuse() {
        for (String subject : new String[] {null, "", "  ", "x".repeat(256)}) {
            assertThatThrownBy(() -> StackTokens.mint(SECRET, subject, "viewer", List.of(BRAND), Duration.ofHours(1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("--subject");
        }
    }

    private static JsonNode claims(String token) {
        String payload = token.split("\\.")[1];
        return JsonMapper.builder()
                .build()
                .readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
