package com.viraltracker.metasync.tokens;

/**
 * What a stored token belongs to: its identity is the ciphertext's associated data, so a ciphertext copied onto
 * another row fails authentication instead of lending that row someone else's token.
 */
public interface TokenBinding {

    /** Versioned and naming the key id, so neither the row nor the key a ciphertext claims can be swapped. */
    byte[] associatedData(String keyId);

    /** What a person does when the token can no longer be read, for the error message. */
    String howToReplace();
}
