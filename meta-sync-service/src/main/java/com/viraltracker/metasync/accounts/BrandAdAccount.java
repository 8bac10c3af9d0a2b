package com.viraltracker.metasync.accounts;

import com.viraltracker.events.serde.SnakeCase;
import java.time.Instant;
import java.util.UUID;

/** A brand's link to one Meta ad account, with what Meta said about the account when it was linked. */
@SnakeCase
public record BrandAdAccount(UUID brandId, String adAccountId, String name, String currency, String timeZone,
                             int accountStatus, Instant linkedAt, Instant lastSyncedAt) {
}
