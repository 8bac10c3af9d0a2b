package com.viraltracker.console.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** The local sign-in's tokens, checked the way the services check them (Nimbus, HS256, the same key). */
class LocalTokensTest {
    private static final String KEY = "viraltracker-test-only-hs256-key-41-bytes";
    private final LocalTokens tokens = new LocalTokens(KEY, Clock.systemUTC());

    @Test
    void a_minted_token_verifies_with_the_services_key_and_names_the_role_and_brands() {
        UUID brand = UUID.randomUUID();

        Jwt jwt = decoder(KEY).decode(tokens.mint("ana", Role.OPERATOR, List.of(brand), Duration.ofHours(8)));

        assertThat(jwt.getSubject()).isEqualTo("ana");
        assertThat(jwt.getClaimAsString("role")).isEqualTo("operator");
        assertThat(jwt.getClaimAsStringList("brands")).containsExactly(brand.toString());
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void a_service_with_another_key_refuses_it() {
        String token = tokens.mint("ana", Role.ADMIN, List.of(), Duration.ofMinutes(5));

        assertThatThrownBy(() ->
                        decoder("another-key-of-at-least-thirty-two-bytes!!").decode(token))
                .isInstanceOf(JwtException.class);
    }

    private static NimbusJwtDecoder decoder(String key) {
        return NimbusJwtDecoder.withSecretKey(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
    }
}
