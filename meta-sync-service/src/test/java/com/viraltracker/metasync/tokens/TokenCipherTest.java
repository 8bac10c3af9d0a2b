package com.viraltracker.metasync.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TokenCipherTest {
    private static final String TOKEN = "EAAB-account-token/with+chars=" + UUID.randomUUID();
    private final TokenOwner owner = new TokenOwner(UUID.randomUUID(), "act_1001");

    static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void a_sealed_token_opens_to_the_same_token_and_never_contains_it() {
        TokenCipher cipher = new TokenCipher(TokenKeys.parse("k1:" + newKey(), "k1"));

        SealedToken sealed = cipher.seal(TOKEN, owner);

        assertThat(sealed.keyId()).isEqualTo("k1");
        assertThat(sealed.ciphertext()).hasSize(TokenCipher.NONCE_BYTES + TOKEN.length() + 16);
        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain(TOKEN.substring(0, 8));
        assertThat(cipher.open(sealed, owner)).isEqualTo(TOKEN);
        assertThat(sealed.toString()).doesNotContain(TOKEN);
    }

    @Test
    void each_seal_uses_a_fresh_nonce() {
        TokenCipher cipher = new TokenCipher(TokenKeys.parse("k1:" + newKey(), null));
        SealedToken first = cipher.seal(TOKEN, owner);
        SealedToken second = cipher.seal(TOKEN, owner);
        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
    }

    @Test
    void a_ciphertext_copied_to_another_account_or_brand_does_not_open() {
        TokenCipher cipher = new TokenCipher(TokenKeys.parse("k1:" + newKey(), null));
        SealedToken sealed = cipher.seal(TOKEN, owner);

        assertThatThrownBy(() -> cipher.open(sealed, new TokenOwner(owner.brandId(), "act_1002")))
                .isInstanceOf(TokenUnreadableException.class)
                .hasMessageContaining("act_1002")
                .hasMessageContaining("copied from another account");
        assertThatThrownBy(() -> cipher.open(sealed, new TokenOwner(UUID.randomUUID(), owner.adAccountId())))
                .isInstanceOf(TokenUnreadableException.class);
    }

    @Test
    void an_altered_ciphertext_or_a_relabelled_key_id_does_not_open() {
        String key = newKey();
        TokenCipher cipher = new TokenCipher(TokenKeys.parse("k1:" + key + ",k2:" + key, "k1"));
        SealedToken sealed = cipher.seal(TOKEN, owner);
        byte[] altered = sealed.ciphertext().clone();
        altered[altered.length - 20] ^= 1;

        assertThatThrownBy(() -> cipher.open(new SealedToken("k1", altered), owner))
                .isInstanceOf(TokenUnreadableException.class);
        // Same key material under another id: the key id is part of the associated data.
        assertThatThrownBy(() -> cipher.open(new SealedToken("k2", sealed.ciphertext()), owner))
                .isInstanceOf(TokenUnreadableException.class);
    }

    @Test
    void a_token_under_a_key_that_is_not_configured_fails_naming_the_key_and_account_only() {
        SealedToken sealed = new TokenCipher(TokenKeys.parse("old:" + newKey(), null)).seal(TOKEN, owner);
        TokenCipher withoutOld = new TokenCipher(TokenKeys.parse("new:" + newKey(), null));

        assertThatThrownBy(() -> withoutOld.open(sealed, owner))
                .isInstanceOf(TokenUnreadableException.class)
                .hasMessageContaining("key old")
                .hasMessageContaining("act_1001")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void without_keys_nothing_is_stored_in_plaintext_instead() {
        TokenCipher none = new TokenCipher(TokenKeys.none());
        assertThatThrownBy(() -> none.seal(TOKEN, owner))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("META_TOKEN_KEYS");
    }

    @Test
    void bad_key_settings_are_rejected_without_echoing_key_material() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> TokenKeys.parse("k1:" + shortKey, null))
                .hasMessageContaining("k1")
                .hasMessageContaining("32 bytes")
                .hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> TokenKeys.parse("k1:not*base64!", null))
                .hasMessageContaining("base64")
                .hasMessageNotContaining("not*base64");
        assertThatThrownBy(() -> TokenKeys.parse("k1:" + newKey(), "k9")).hasMessageContaining("k9");
        assertThatThrownBy(() -> TokenKeys.parse(newKey(), null)).hasMessageContaining("id:base64");
        String key = newKey();
        assertThatThrownBy(() -> TokenKeys.parse("k1:" + key + ",k1:" + newKey(), null))
                .hasMessageContaining("twice");
        assertThat(TokenKeys.parse("a:" + key + ", b:" + newKey(), null).activeId())
                .contains("a");
        assertThat(TokenKeys.parse("a:" + key, null).toString()).doesNotContain(key);
    }
}
