package com.viraltracker.metasync.connections;

import com.viraltracker.metasync.tokens.TokenBinding;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A connection's token is bound to its brand and connection, so it cannot be moved onto another row. */
public record ConnectionTokenBinding(UUID brandId, UUID connectionId) implements TokenBinding {

    @Override
    public byte[] associatedData(String keyId) {
        return ("viraltracker.meta_sync.facebook_connection_token.v1|" + brandId + "|" + connectionId + "|" + keyId)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String howToReplace() {
        return "reconnect Facebook in the brand's settings";
    }

    @Override
    public String toString() {
        return "Facebook connection " + connectionId + " of brand " + brandId;
    }
}
