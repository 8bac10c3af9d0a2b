package com.viraltracker.support.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * The decoder that verifies access tokens, chosen by configuration: an issuer's keys in production, a shared HS256
 * key locally. No configuration is an error, never an open service.
 */
final class AccessTokenDecoders {
    static final int MIN_SECRET_BYTES = 32;

    private AccessTokenDecoders() {}

    static ReactiveJwtDecoder from(AuthProperties properties) {
        boolean issuer = StringUtils.hasText(properties.jwtIssuerUri());
        boolean jwkSet = StringUtils.hasText(properties.jwtJwkSetUri());
        boolean secret = StringUtils.hasText(properties.jwtSecret());
        if (secret && (issuer || jwkSet)) {
            // A local key beside a real issuer would let anyone who knows the local key mint production tokens.
            throw new IllegalStateException("AUTH_JWT_SECRET cannot be combined with AUTH_JWT_ISSUER_URI or "
                    + "AUTH_JWT_JWK_SET_URI: use the issuer in production and the secret only locally");
        }
        NimbusReactiveJwtDecoder decoder;
        if (jwkSet) {
            decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwtJwkSetUri())
                    .build();
        } else if (issuer) {
            decoder = NimbusReactiveJwtDecoder.withIssuerLocation(properties.jwtIssuerUri())
                    .build();
        } else if (secret) {
            byte[] key = properties.jwtSecret().getBytes(StandardCharsets.UTF_8);
            if (key.length < MIN_SECRET_BYTES) {
                throw new IllegalStateException("AUTH_JWT_SECRET must be at least " + MIN_SECRET_BYTES
                        + " bytes long (it is " + key.length + ")");
            }
            decoder = NimbusReactiveJwtDecoder.withSecretKey(new SecretKeySpec(key, "HmacSHA256"))
                    .macAlgorithm(MacAlgorithm.HS256)
                    .build();
        } else {
            throw new IllegalStateException(
                    "no way to verify access tokens is configured, and the service will not run "
                            + "open: set AUTH_JWT_ISSUER_URI and/or AUTH_JWT_JWK_SET_URI (production), or AUTH_JWT_SECRET "
                            + "(an HS256 key of at least " + MIN_SECRET_BYTES
                            + " bytes, for the local stack and tests)");
        }
        decoder.setJwtValidator(validator(issuer ? properties.jwtIssuerUri() : null));
        return decoder;
    }

    private static OAuth2TokenValidator<Jwt> validator(String issuer) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(issuer == null ? JwtValidators.createDefault() : JwtValidators.createDefaultWithIssuer(issuer));
        // A token without an expiry would be valid for ever.
        validators.add(new JwtClaimValidator<>(JwtClaimNames.EXP, Objects::nonNull));
        return new DelegatingOAuth2TokenValidator<>(validators);
    }
}
