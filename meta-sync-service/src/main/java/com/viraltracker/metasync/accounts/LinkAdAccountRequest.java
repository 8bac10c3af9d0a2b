package com.viraltracker.metasync.accounts;

import com.viraltracker.events.serde.SnakeCase;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code {"ad_account_id": "act_1234567890"}}; the {@code act_} prefix is optional. {@code access_token} is for
 * an account outside our Business Manager: Meta is asked with it, and it is stored encrypted and used for
 * the account's syncs. It is write-only: no answer ever contains it. {@code connection_id} links through the
 * brand's Facebook connection instead.
 */
@SnakeCase
public record LinkAdAccountRequest(
        @Schema(example = "act_1234567890") String adAccountId,

        @Schema(
                accessMode = Schema.AccessMode.WRITE_ONLY,
                description = "the account's own access token, as \"Connect Facebook\" obtains it; "
                        + "stored encrypted, never returned; leave out to use the system user's token")
        String accessToken,

        @Schema(
                description = "link through the brand's Facebook connection (\"Connect Facebook\"), by its id: the"
                        + " account is verified and synced with that connection's token; not together with"
                        + " access_token")
        String connectionId) {

    /** Records print every component; this one would print the token wherever the request is logged. */
    @Override
    public String toString() {
        return "LinkAdAccountRequest[adAccountId=" + adAccountId + ", accessToken="
                + (accessToken == null ? "none" : "****") + ", connectionId=" + connectionId + "]";
    }
}
