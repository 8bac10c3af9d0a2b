package com.viraltracker.metasync.graph;

/** Our own protections refused a call for the account (circuit open, or no rate-limit permit in time). */
public class AccountUnavailableException extends RuntimeException {
    private final boolean rateLimited;

    AccountUnavailableException(String account, String reason, boolean rateLimited, Throwable cause) {
        super("Graph API calls for " + account + " are on hold: " + reason, cause);
        this.rateLimited = rateLimited;
    }

    public boolean rateLimited() {
        return rateLimited;
    }
}
