package com.viraltracker.localstack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Access tokens for the local stack: HS256 JWTs signed with the stack's own key ({@code AUTH_JWT_SECRET}, generated
 * once into {@code .stack/auth-secret} and given to the services), carrying a role and the brands it may act on.
 */
final class StackTokens {
    static final String SECRET_VARIABLE = "AUTH_JWT_SECRET";
    static final List<String> ROLES = List.of("viewer", "operator", "admin");
    /** As the services accept (service-support's Caller). */
    static final int MAX_SUBJECT_LENGTH = 255;

    private StackTokens() {}

    /** The stack's signing key from the environment, or an explanation of how to get one. */
    static String secretFromEnvironment() {
        String secret = System.getenv(SECRET_VARIABLE);
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalStateException(
                    SECRET_VARIABLE + " (at least 32 bytes) is not set; ./stack sets it from " + ".stack/auth-secret");
        }
        return secret;
    }

    /**
     * @param subject who uses the token ({@code sub}): the services refuse a token without one and record it on what
     *                the caller changes
     */
    static String mint(String secret, String subject, String role, List<UUID> brands, Duration lifetime) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("role must be one of " + ROLES + ", not " + role);
        }
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH) {
            throw new IllegalArgumentException(
                    "--subject must name who uses the token, in 1 to " + MAX_SUBJECT_LENGTH + " characters");
        }
        Instant now = Instant.now();
        String claims = "{\"sub\":\"" + subject.replaceAll("[^A-Za-z0-9._@-]", "_") + "\",\"role\":\"" + role
                + "\",\"brands\":"
                + brands.stream().map(brand -> "\"" + brand + "\"").collect(Collectors.joining(",", "[", "]"))
                + ",\"iat\":" + now.getEpochSecond() + ",\"exp\":"
                + now.plus(lifetime).getEpochSecond() + "}";
        String signingInput = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + base64Url(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signingInput + "."
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A short-lived admin token for the stack's own tools (status, demo set-up of shared data). */
    static String admin(String tool) {
        return mint(secretFromEnvironment(), "stack-" + tool, "admin", List.of(), Duration.ofMinutes(30));
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
