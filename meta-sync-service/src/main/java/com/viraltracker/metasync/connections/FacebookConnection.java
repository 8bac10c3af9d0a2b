package com.viraltracker.metasync.connections;

import com.viraltracker.events.serde.SnakeCase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A brand's connection to a Facebook user, as the API shows it: who, what was granted, until when. The token never
 * shows. {@code status}: {@code connected}, {@code expiring} (within the warning period: reconnect soon),
 * {@code expired} or {@code invalid} (Meta ended it: reconnect).
 */
@SnakeCase
public record FacebookConnection(
        UUID id,
        UUID brandId,
        String facebookUserId,
        String facebookUserName,
        List<String> scopes,
        List<String> grantedAccountIds,
        Instant expiresAt,
        Instant dataAccessExpiresAt,
        String status,
        boolean needsReconnect,
        String invalidReason,
        Instant checkedAt,
        Instant connectedAt,
        String connectedBy) {

    static String status(boolean valid, Instant expiresAt, Instant now, Duration warning) {
        if (!valid) {
            return "invalid";
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            return "expired";
        }
        if (expiresAt != null && !now.isBefore(expiresAt.minus(warning))) {
            return "expiring";
        }
        return "connected";
    }
}
