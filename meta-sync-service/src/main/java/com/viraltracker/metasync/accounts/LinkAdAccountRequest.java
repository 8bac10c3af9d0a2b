package com.viraltracker.metasync.accounts;

import com.viraltracker.events.serde.SnakeCase;

/** {@code {"ad_account_id": "act_1234567890"}}; the {@code act_} prefix is optional. */
@SnakeCase
public record LinkAdAccountRequest(String adAccountId) {
}
