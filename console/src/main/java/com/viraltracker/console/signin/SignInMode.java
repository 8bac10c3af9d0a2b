package com.viraltracker.console.signin;

import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * How people sign in, decided once from the configuration. The local sign-in page mints tokens with the services'
 * HS256 key, so it exists only when that key is configured and no issuer is: with an issuer the services refuse
 * the key, and the console refuses to start with both.
 */
public enum SignInMode {
    /** A page that mints a token for a chosen brand and role, as {@code ./stack token} does. */
    LOCAL,
    /** OpenID Connect authorization-code login against the issuer the services trust. */
    OIDC;

    static final int MIN_SECRET_BYTES = 32;

    public static SignInMode of(AuthSettings auth) {
        if (auth.hasIssuer() && auth.hasSecret()) {
            throw new IllegalStateException("AUTH_JWT_SECRET cannot be combined with AUTH_JWT_ISSUER_URI: the "
                    + "local sign-in would mint tokens beside a real issuer; set only the issuer in production");
        }
        if (auth.hasIssuer()) {
            if (auth.clientId() == null || auth.clientId().isBlank()) {
                throw new IllegalStateException("AUTH_JWT_ISSUER_URI is set but CONSOLE_OIDC_CLIENT_ID is not: "
                        + "register the console as a client at the issuer");
            }
            return OIDC;
        }
        if (auth.hasSecret()) {
            int bytes = auth.jwtSecret().getBytes(StandardCharsets.UTF_8).length;
            if (bytes < MIN_SECRET_BYTES) {
                throw new IllegalStateException(
                        "AUTH_JWT_SECRET must be at least " + MIN_SECRET_BYTES + " bytes long (it is " + bytes + ")");
            }
            return LOCAL;
        }
        throw new IllegalStateException("no sign-in is configured: set AUTH_JWT_ISSUER_URI and CONSOLE_OIDC_CLIENT_ID "
                + "(production), or AUTH_JWT_SECRET (the local stack's key)");
    }

    /** Registers a bean only in local mode: the key is set and no issuer is. */
    public static final class Local implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return has(context, "viraltracker.auth.jwt-secret") && !has(context, "viraltracker.auth.jwt-issuer-uri");
        }
    }

    /** Registers a bean only in OpenID Connect mode: an issuer is set and no key is. */
    public static final class Oidc implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return has(context, "viraltracker.auth.jwt-issuer-uri") && !has(context, "viraltracker.auth.jwt-secret");
        }
    }

    private static boolean has(ConditionContext context, String property) {
        String value = context.getEnvironment().getProperty(property);
        return value != null && !value.isBlank();
    }
}
