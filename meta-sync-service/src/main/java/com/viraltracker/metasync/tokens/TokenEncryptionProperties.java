package com.viraltracker.metasync.tokens;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys per-account access tokens are encrypted under ({@code viraltracker.meta.token-encryption.*}).
 *
 * @param keys      {@code id:base64-of-32-bytes} pairs separated by commas (env {@code META_TOKEN_KEYS}), such
 *                  as {@code k2:...,k1:...}; old keys stay listed until rotation moved every token off them
 * @param keysFile  a file holding the same list (env {@code META_TOKEN_KEYS_FILE}); wins over {@code keys}
 * @param activeKey the id new tokens are encrypted under and rotation moves old ones to (env
 *                  {@code META_TOKEN_ACTIVE_KEY}); blank means the first key listed
 */
@ConfigurationProperties("viraltracker.meta.token-encryption")
public record TokenEncryptionProperties(String keys, String keysFile, String activeKey) {

    /** Records print every component; the keys must never reach a log line. */
    @Override
    public String toString() {
        return "TokenEncryptionProperties[keys=" + (keys == null || keys.isBlank() ? "none" : "****") + ", keysFile="
                + keysFile + ", activeKey=" + activeKey + "]";
    }
}
