package com.viraltracker.console.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A brand's Facebook connection as Settings shows it: whose login, which ad accounts were granted, until when, and
 * whether it needs a reconnect ({@code status}: connected, expiring, expired or invalid).
 */
public record FacebookConnection(
        UUID id,
        String facebookUserName,
        List<String> grantedAccountIds,
        Instant expiresAt,
        String status,
        boolean needsReconnect,
        String invalidReason) {

    /** The status in words, for the badge. */
    public String statusText() {
        return switch (status) {
            case "expiring" -> "expires soon: reconnect";
            case "expired" -> "expired: reconnect";
            case "invalid" -> "refused by Facebook: reconnect";
            default -> "connected";
        };
    }
}
