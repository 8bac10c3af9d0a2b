package com.viraltracker.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Access tokens for tests: HS256 JWTs signed with {@link #SECRET}, the key every service test context is given as
 * {@code AUTH_JWT_SECRET} (and the e2e and live checks pass to the services they start).
 */
public final class TestTokens {
    /** 41 bytes: over the 32-byte minimum the services require of an HS256 key. */
    public static final String SECRET = "viraltracker-test-only-hs256-key-41-bytes";

    public static final Duration LIFETIME = Duration.ofHours(1);

    private TestTokens() {}

    public static String admin() {
        return token("admin", List.of());
    }

    public static String operator(UUID... brands) {
        return token("operator", List.of(brands));
    }

    public static String viewer(UUID... brands) {
        return token("viewer", List.of(brands));
    }

    /** {@code Authorization} header value. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** A token whose subject ({@code sub}, which the services require) is {@code test-<role>}. */
    public static String token(String role, Collection<UUID> brands) {
        return token("test-" + role, role, brands);
    }

    /** A token of a named caller, for tests of what the services record as {@code created_by} / {@code updated_by}. */
    public static String token(String subject, String role, Collection<UUID> brands) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("the services refuse a token without sub; sign(...) makes such tokens");
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject);
        claims.put("role", role);
        claims.put("brands", brands.stream().map(UUID::toString).toList());
        Instant now = Instant.now();
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(LIFETIME).getEpochSecond());
        return sign(SECRET, claims);
    }

    /**
     * Any claims (strings, numbers, lists of strings), signed with any key: for tokens a service must refuse, such as
     * one without {@code sub}.
     */
    public static String sign(String secret, Map<String, Object> claims) {
        String header = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        String payload = base64Url(json(claims));
        String signingInput = header + "." + payload;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(entry -> json(String.valueOf(entry.getKey())) + ":" + json(entry.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(TestTokens::json).collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        StringBuilder text = new StringBuilder("\"");
        for (char c : String.valueOf(value).toCharArray()) {
            if (c == '"' || c == '\\') {
                text.append('\\').append(c);
            } else if (c < 0x20) {
                text.append(String.format("\\u%04x", (int) c));
            } else {
                text.append(c);
            }
        }
        return text.append('"').toString();
    }
}
