package com.viraltracker.metasync.accounts;

import com.viraltracker.events.serde.SnakeCase;
import com.viraltracker.metasync.graph.AdAccountInfo;
import java.time.Instant;
import java.util.UUID;

/**
 * A brand's link to one Meta ad account, with what Meta said about the account when it was linked. Whether the
 * account has its own access token shows as {@code has_access_token} (and when it was set); the token never does.
 *
 * @param connectionId the brand's Facebook connection the account was linked through, whose token reads it; null
 *                     for an account read with the system user's token or its own
 * @param createdBy who linked it (their token's {@code sub}); null for a link written by SQL
 * @param updatedBy who linked it again last
 */
@SnakeCase
public record BrandAdAccount(
        UUID brandId,
        String adAccountId,
        String name,
        String currency,
        String timeZone,
        int accountStatus,
        Instant linkedAt,
        Instant lastSyncedAt,
        boolean hasAccessToken,
        Instant accessTokenSetAt,
        UUID connectionId,
        String createdBy,
        String updatedBy) {

    /** A new link, as Meta described the account: never synced, and without its own token (yet). */
    public static BrandAdAccount linked(UUID brandId, AdAccountInfo account, Instant linkedAt) {
        return new BrandAdAccount(
                brandId,
                account.id(),
                account.name(),
                account.currency(),
                account.timeZone().getId(),
                account.accountStatus(),
                linkedAt,
                null,
                false,
                null,
                null,
                null,
                null);
    }

    /** The same link, made through the brand's Facebook connection {@code id}. */
    public BrandAdAccount throughConnection(UUID id) {
        return reading(hasAccessToken, accessTokenSetAt, id);
    }

    /** The same link, now with its own token set at {@code setAt}. */
    public BrandAdAccount withAccessTokenSetAt(Instant setAt) {
        return reading(true, setAt, connectionId);
    }

    /** The same link, read with another credential. */
    private BrandAdAccount reading(boolean ownToken, Instant tokenSetAt, UUID connection) {
        return new BrandAdAccount(
                brandId,
                adAccountId,
                name,
                currency,
                timeZone,
                accountStatus,
                linkedAt,
                lastSyncedAt,
                ownToken,
                tokenSetAt,
                connection,
                createdBy,
                updatedBy);
    }
}
