package com.viraltracker.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import com.viraltracker.testing.TestTokens;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** The production path: RS256 tokens verified against an issuer's JWK set served over real HTTP. */
class JwkSetIssuerTest {
    private RSAKey issuerKey;
    private HttpServer jwkSetServer;
    private ReactiveJwtDecoder decoder;

    @BeforeEach
    void anIssuerPublishingItsKeys() throws Exception {
        issuerKey = new RSAKeyGenerator(2048).keyID("issuer-1").generate();
        byte[] jwks = new JWKSet(issuerKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwkSetServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwkSetServer.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        jwkSetServer.start();
        decoder = AccessTokenDecoders.from(AuthProperties.jwkSet(
                "http://127.0.0.1:" + jwkSetServer.getAddress().getPort() + "/jwks"));
    }

    @AfterEach
    void stop() {
        jwkSetServer.stop(0);
    }

    @Test
    void accepts_a_token_the_issuer_signed_and_reads_its_role_and_brands() throws Exception {
        UUID brand = UUID.randomUUID();
        Jwt jwt = decoder.decode(signed(issuerKey, "operator", brand)).block();
        Caller caller = Caller.from(jwt);
        assertThat(caller.role()).isEqualTo(Role.OPERATOR);
        assertThat(caller.brands()).containsExactly(brand);
    }

    @Test
    void refuses_a_token_signed_by_another_key_or_with_the_local_hs256_secret() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("issuer-1").generate();
        assertThatThrownBy(() -> decoder.decode(signed(stranger, "admin", UUID.randomUUID()))
                        .block())
                .isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(TestTokens.admin()).block()).isInstanceOf(JwtException.class);
    }

    private static String signed(RSAKey key, String role, UUID brand) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("someone")
                .claim("role", role)
                .claim("brands", List.of(brand.toString()))
                .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
