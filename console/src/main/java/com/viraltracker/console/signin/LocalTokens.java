package com.viraltracker.console.signin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens for the local sign-in: HS256 JWTs signed with the services' local key, carrying the claims the
 * services read ({@code sub}, {@code role}, {@code brands}, {@code iat}, {@code exp}) — what {@code ./stack token}
 * prints. Exists only in {@link SignInMode#LOCAL}.
 */
public final class LocalTokens {
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final byte[] HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8);

    private final byte[] key;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public LocalTokens(String secret, Clock clock) {
        this.key = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    public String mint(String subject, Role role, Collection<UUID> brands, Duration lifetime) {
        Instant now = clock.instant();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject);
        claims.put("role", role.claim());
        claims.put("brands", brands.stream().map(UUID::toString).toList());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        String signingInput =
                BASE64URL.encodeToString(HEADER) + "." + BASE64URL.encodeToString(json.writeValueAsBytes(claims));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return signingInput + "."
                    + BASE64URL.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "LocalTokens[key=****]";
    }
}
