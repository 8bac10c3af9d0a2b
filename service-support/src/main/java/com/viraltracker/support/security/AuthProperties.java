package com.viraltracker.support.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How callers are authenticated, from the environment (see README "Configuration").
 *
 * @param jwtIssuerUri           {@code AUTH_JWT_ISSUER_URI}: the OpenID issuer whose keys sign access tokens (production)
 * @param jwtJwkSetUri           {@code AUTH_JWT_JWK_SET_URI}: the issuer's JWK set, when it is not discoverable
 * @param jwtSecret              {@code AUTH_JWT_SECRET}: an HS256 key of at least 32 bytes (local stack and tests only)
 * @param metricsAllowedNetworks {@code METRICS_ALLOWED_NETWORKS}: CIDR ranges that may scrape /actuator/prometheus
 *                               without a token
 */
@ConfigurationProperties("viraltracker.auth")
public record AuthProperties(
        String jwtIssuerUri, String jwtJwkSetUri, String jwtSecret, List<String> metricsAllowedNetworks) {
    public AuthProperties {
        metricsAllowedNetworks = metricsAllowedNetworks == null ? List.of() : List.copyOf(metricsAllowedNetworks);
    }

    /** Tokens signed by an OpenID issuer, its keys found by discovery. */
    public static AuthProperties issuer(String jwtIssuerUri) {
        return new AuthProperties(jwtIssuerUri, null, null, List.of());
    }

    /** Tokens signed with the keys of this JWK set. */
    public static AuthProperties jwkSet(String jwtJwkSetUri) {
        return new AuthProperties(null, jwtJwkSetUri, null, List.of());
    }

    /** Tokens signed with a shared HS256 secret (local stack and tests only). */
    public static AuthProperties localSecret(String jwtSecret) {
        return new AuthProperties(null, null, jwtSecret, List.of());
    }
}
