package com.viraltracker.metasync.graph;

import com.facebook.ads.sdk.APIContext;
import com.facebook.ads.sdk.AdAccount;
import java.time.ZoneId;

/** Reads an ad account's name, currency, time zone and status from the Graph API. */
public class AdAccountLookup {
    private final GraphCalls calls;

    public AdAccountLookup(GraphCalls calls) {
        this.calls = calls;
    }

    /** Asks with {@code context}'s token: the system user's, or the token the account is being linked with. */
    public AdAccountInfo lookup(String actId, APIContext context) {
        AdAccount account = calls.call(
                actId,
                new CallStats(),
                () -> new AdAccount(actId, context)
                        .get()
                        .requestNameField()
                        .requestCurrencyField()
                        .requestTimezoneNameField()
                        .requestAccountStatusField()
                        .execute());
        return new AdAccountInfo(
                actId,
                account.getFieldName(),
                account.getFieldCurrency(),
                ZoneId.of(account.getFieldTimezoneName()),
                account.getFieldAccountStatus() == null
                        ? 0
                        : account.getFieldAccountStatus().intValue());
    }
}
