package com.viraltracker.console.api;

import java.time.Instant;

/**
 * A brand's Meta ad account as the console shows it (Settings, Brands, the Ad Performance line): what Meta said about
 * it, and when it was last synced and linked.
 */
public record AdAccount(
        String adAccountId,
        String name,
        String currency,
        String timeZone,
        int accountStatus,
        Instant lastSyncedAt,
        Instant linkedAt) {

    /** Meta's {@code account_status} in words. */
    public String statusText() {
        return switch (accountStatus) {
            case 1 -> "active";
            case 2 -> "disabled";
            case 3 -> "unsettled";
            case 7 -> "pending risk review";
            case 8 -> "pending settlement";
            case 9 -> "in grace period";
            case 100 -> "pending closure";
            case 101 -> "closed";
            default -> "status " + accountStatus;
        };
    }

    public boolean active() {
        return accountStatus == 1;
    }
}
