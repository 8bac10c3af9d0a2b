package com.viraltracker.console.api;

import java.time.Instant;
import java.util.UUID;

/** A brand's link to a Meta ad account, with what Meta said about the account. */
public record AdAccount(
        UUID brandId,
        String adAccountId,
        String name,
        String currency,
        String timeZone,
        int accountStatus,
        Instant linkedAt,
        Instant lastSyncedAt,
        boolean hasAccessToken) {

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
