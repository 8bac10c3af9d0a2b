package com.viraltracker.metasync.graph;

import com.viraltracker.events.result.ErrorCategory;

/**
 * What a Graph error means for a sync. Codes from Meta's "Handling errors" and Marketing API rate-limiting
 * docs: 190 is an expired or revoked token; 10 and 200–299 are permissions the token's user was not granted;
 * 4, 17, 32, 613 and 80000–80014 are throttling; 1, 2, HTTP 5xx and anything flagged {@code is_transient} are
 * passing faults, except code 1's "Please reduce the amount of data you're asking for", which asks again for the same
 * data in vain and is answered by asking for less; 100/1487534 asks for an async report run; 100/33 is an object
 * Meta does not know or will not show.
 */
public enum GraphFailureKind {
    AUTH(false, ErrorCategory.AUTH),
    /** The token is fine, but its user may not read this account: someone has to grant access, not reconnect. */
    PERMISSION(false, ErrorCategory.AUTH),
    RATE_LIMITED(true, ErrorCategory.RATE_LIMITED),
    TRANSIENT(true, ErrorCategory.TRANSIENT),
    USE_ASYNC(false, ErrorCategory.INVALID_INPUT),
    /** Meta could not compute that much data: smaller requests (fewer days, one campaign) may succeed. */
    REDUCE_DATA(false, ErrorCategory.TRANSIENT),
    NOT_FOUND(false, ErrorCategory.NOT_FOUND),
    INVALID(false, ErrorCategory.INVALID_INPUT);

    static final int EXPIRED_TOKEN = 190;
    static final int TOO_MANY_ROWS_SUBCODE = 1487534;
    static final String REDUCE_DATA_MESSAGE = "reduce the amount of data";

    private final boolean retryable;
    private final ErrorCategory category;

    GraphFailureKind(boolean retryable, ErrorCategory category) {
        this.retryable = retryable;
        this.category = category;
    }

    public boolean retryable() {
        return retryable;
    }

    public ErrorCategory category() {
        return category;
    }

    static GraphFailureKind of(GraphFailure failure) {
        int code = failure.code();
        if (code == GraphFailure.REFUSED) {
            return INVALID;
        }
        if (code == EXPIRED_TOKEN || code == 102 || code == 104) {
            return AUTH;
        }
        if (code == 10 || (code >= 200 && code <= 299)) {
            return PERMISSION;
        }
        if (code == 4 || code == 17 || code == 32 || code == 613 || (code >= 80000 && code <= 80014)) {
            return RATE_LIMITED;
        }
        if (code == 100 && failure.subcode() != null && failure.subcode() == TOO_MANY_ROWS_SUBCODE) {
            return USE_ASYNC;
        }
        if (code == 100 && failure.subcode() != null && failure.subcode() == 33) {
            return NOT_FOUND;
        }
        if (code == 1 && failure.getMessage() != null && failure.getMessage().contains(REDUCE_DATA_MESSAGE)) {
            return REDUCE_DATA;
        }
        if (code == 1
                || code == 2
                || failure.flaggedTransient()
                || failure.httpStatus() >= 500
                || (code == 0 && failure.httpStatus() == 0)) {
            return TRANSIENT;
        }
        return INVALID;
    }
}
