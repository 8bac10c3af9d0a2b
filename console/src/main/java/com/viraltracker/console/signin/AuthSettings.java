package com.viraltracker.console.signin;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How people sign in (README "Sign-in").
 *
 * @param jwtIssuerUri {@code AUTH_JWT_ISSUER_URI}: the OpenID issuer the services trust (production)
 * @param jwtSecret    {@code AUTH_JWT_SECRET}: the services' local HS256 key (local stack and tests only)
 * @param clientId     {@code CONSOLE_OIDC_CLIENT_ID}: this console's client at the issuer
 * @param clientSecret {@code CONSOLE_OIDC_CLIENT_SECRET}
 * @param scopes       {@code CONSOLE_OIDC_SCOPES}
 */
@ConfigurationProperties("viraltracker.auth")
public record AuthSettings(
        String jwtIssuerUri, String jwtSecret, String clientId, String clientSecret, List<String> scopes) {
    public AuthSettings {
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile") : List.copyOf(scopes);
    }

    boolean hasIssuer() {
        return jwtIssuerUri != null && !jwtIssuerUri.isBlank();
    }

    boolean hasSecret() {
        return jwtSecret != null && !jwtSecret.isBlank();
    }

    /** Records print every component; the key and the client secret must not reach a log. */
    @Override
    public String toString() {
        return "AuthSettings[issuer=" + jwtIssuerUri + ", secret=" + (hasSecret() ? "****" : "none") + ", client="
                + clientId + "]";
    }
}
