package com.viraltracker.metasync.tokens;

/**
 * An encrypted access token as stored: {@code ciphertext} is the 12-byte random nonce followed by AES-GCM's
 * output (encrypted token and 16-byte tag), made under key {@code keyId}.
 */
public record SealedToken(String keyId, byte[] ciphertext) {

    @Override
    public String toString() {
        return "SealedToken[keyId=" + keyId + ", " + ciphertext.length + " bytes]";
    }
}
