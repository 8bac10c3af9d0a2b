package com.viraltracker.metasync.tokens;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for access tokens. The associated data names the row the token belongs to, so a ciphertext copied
 * onto another account's row fails authentication instead of lending that account someone else's token.
 */
public class TokenCipher {
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final TokenKeys keys;
    private final SecureRandom random = new SecureRandom();

    public TokenCipher(TokenKeys keys) {
        this.keys = keys;
    }

    public TokenKeys keys() {
        return keys;
    }

    /** Encrypts under the active key; {@code owner} is what the token is bound to (see {@link TokenOwner}). */
    public SealedToken seal(String token, TokenBinding owner) {
        String keyId = keys.activeId()
                .orElseThrow(
                        () -> new IllegalStateException(
                                "no token encryption key: set META_TOKEN_KEYS (and META_TOKEN_ACTIVE_KEY) to store access tokens"));
        SecretKey key = keys.key(keyId).orElseThrow();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(owner.associatedData(keyId));
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return new SealedToken(
                    keyId,
                    ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** @throws TokenUnreadableException naming the account and key id when the token cannot be read */
    public String open(SealedToken sealed, TokenBinding owner) {
        SecretKey key = keys.key(sealed.keyId())
                .orElseThrow(() -> new TokenUnreadableException("the access token "
                        + "stored for " + owner + " is encrypted under key " + sealed.keyId()
                        + ", which META_TOKEN_KEYS "
                        + "does not hold " + keys.ids()
                        + "; add the key back, or " + owner.howToReplace()));
        byte[] data = sealed.ciphertext();
        if (data.length <= NONCE_BYTES) {
            throw altered(owner);
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
            cipher.updateAAD(owner.associatedData(sealed.keyId()));
            byte[] plain = cipher.doFinal(Arrays.copyOfRange(data, NONCE_BYTES, data.length));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw altered(owner);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    private static TokenUnreadableException altered(TokenBinding owner) {
        return new TokenUnreadableException("the access token stored for " + owner + " does not decrypt under its "
                + "key (altered, or copied from another account or connection); " + owner.howToReplace());
    }
}
