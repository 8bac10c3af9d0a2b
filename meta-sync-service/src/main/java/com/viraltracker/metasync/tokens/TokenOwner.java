package com.viraltracker.metasync.tokens;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The brand's ad-account link a token belongs to; its identity is the ciphertext's associated data. */
public record TokenOwner(UUID brandId, String adAccountId) implements TokenBinding {

    /** Versioned, and the key id included, so neither the row nor the key a ciphertext claims can be swapped. */
    @Override
    public byte[] associatedData(String keyId) {
        return ("viraltracker.meta_sync.ad_account_token.v1|" + brandId + "|" + adAccountId + "|" + keyId)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String howToReplace() {
        return "link the account again with its token";
    }

    @Override
    public String toString() {
        return adAccountId + " of brand " + brandId;
    }
}
