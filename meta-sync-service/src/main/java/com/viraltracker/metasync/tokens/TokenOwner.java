package com.viraltracker.metasync.tokens;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The brand's ad-account link a token belongs to; its identity is the ciphertext's associated data. */
public record TokenOwner(UUID brandId, String adAccountId) {

    /** Versioned, and the key id included, so neither the row nor the key a ciphertext claims can be swapped. */
    byte[] associatedData(String keyId) {
        return ("viraltracker.meta_sync.ad_account_token.v1|" + brandId + "|" + adAccountId + "|" + keyId)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return adAccountId + " of brand " + brandId;
    }
}
