package com.viraltracker.metasync.tokens;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** The AES-256 keys by id, and which one encrypts. Parse errors name the key id, never key material. */
public final class TokenKeys {
    static final int KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_.-]{1,32}");

    private final Map<String, SecretKey> keys;
    private final String activeId;

    private TokenKeys(Map<String, SecretKey> keys, String activeId) {
        this.keys = Collections.unmodifiableMap(keys);
        this.activeId = activeId;
    }

    /** No keys: per-account tokens can be neither stored nor read. */
    public static TokenKeys none() {
        return new TokenKeys(Map.of(), null);
    }

    /**
     * @param spec   {@code id:base64,id:base64}
     * @param active the active key's id; blank for the first listed
     */
    public static TokenKeys parse(String spec, String active) {
        if (spec == null || spec.isBlank()) {
            if (active != null && !active.isBlank()) {
                throw new IllegalStateException("META_TOKEN_ACTIVE_KEY is " + active + " but META_TOKEN_KEYS is empty");
            }
            return none();
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            String trimmed = entry.trim();
            int colon = trimmed.indexOf(':');
            String id = colon < 0 ? trimmed : trimmed.substring(0, colon).trim();
            if (colon < 0 || !KEY_ID.matcher(id).matches()) {
                throw new IllegalStateException("META_TOKEN_KEYS entries must be id:base64 with an id of letters, "
                        + "digits, '.', '_' or '-' (entry " + (keys.size() + 1) + " is not)");
            }
            byte[] material;
            try {
                material =
                        Base64.getDecoder().decode(trimmed.substring(colon + 1).trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("META_TOKEN_KEYS key " + id + " is not valid base64");
            }
            if (material.length != KEY_BYTES) {
                throw new IllegalStateException("META_TOKEN_KEYS key " + id + " must be " + KEY_BYTES
                        + " bytes (AES-256), not " + material.length + "; generate one with: openssl rand -base64 32");
            }
            if (keys.put(id, new SecretKeySpec(material, "AES")) != null) {
                throw new IllegalStateException("META_TOKEN_KEYS lists key " + id + " twice");
            }
        }
        String activeId =
                active == null || active.isBlank() ? keys.keySet().iterator().next() : active.trim();
        if (!keys.containsKey(activeId)) {
            throw new IllegalStateException(
                    "META_TOKEN_ACTIVE_KEY " + activeId + " is not among META_TOKEN_KEYS " + keys.keySet());
        }
        return new TokenKeys(keys, activeId);
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The id new tokens are encrypted under; empty when no keys are configured. */
    public Optional<String> activeId() {
        return Optional.ofNullable(activeId);
    }

    Optional<SecretKey> key(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    public Set<String> ids() {
        return keys.keySet();
    }

    @Override
    public String toString() {
        return "TokenKeys[ids=" + keys.keySet() + ", active=" + activeId + "]";
    }
}
