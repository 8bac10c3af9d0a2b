package com.viraltracker.metasync.tokens;

/** A stored token that cannot be decrypted: its key is not configured, or the stored bytes were altered or moved. */
public class TokenUnreadableException extends RuntimeException {
    TokenUnreadableException(String message) {
        super(message);
    }
}
