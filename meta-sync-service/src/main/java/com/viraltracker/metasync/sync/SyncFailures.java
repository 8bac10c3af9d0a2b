package com.viraltracker.metasync.sync;

import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.metasync.accounts.BrandAdAccount;
import com.viraltracker.metasync.graph.AccountUnavailableException;
import com.viraltracker.metasync.graph.GraphFailure;
import com.viraltracker.metasync.graph.GraphFailureKind;
import com.viraltracker.support.worker.JobFailedException;

/** Turns what went wrong with one account into a category and a message a person can act on. */
final class SyncFailures {
    private SyncFailures() {}

    /** What went wrong with the account, told by how it is read (its connection's token, its own or ours). */
    static JobFailedException of(BrandAdAccount account, RuntimeException error) {
        if (account.connectionId() != null && tokenRefused(error)) {
            GraphFailure failure = (GraphFailure) error;
            return new JobFailedException(
                    ErrorCategory.AUTH,
                    "Meta no longer accepts the Facebook connection of brand " + account.brandId() + " for "
                            + account.adAccountId() + " (" + failure.describe() + "). Reconnect Facebook in the"
                            + " brand's settings (Settings, Reconnect Facebook): the accounts stay linked and their"
                            + " data is kept; then run the sync again.",
                    failure);
        }
        return of(account.adAccountId(), account.hasAccessToken() || account.connectionId() != null, error);
    }

    /** Whether Meta refused the token itself (error 190 and kin), as opposed to the account or the request. */
    static boolean tokenRefused(RuntimeException error) {
        return error instanceof GraphFailure failure && failure.kind() == GraphFailureKind.AUTH;
    }

    /** @param ownToken whether the account was read with its own token rather than the system user's */
    static JobFailedException of(String account, boolean ownToken, RuntimeException error) {
        if (error instanceof GraphFailure failure) {
            return switch (failure.kind()) {
                case AUTH ->
                    new JobFailedException(
                            ErrorCategory.AUTH,
                            "Meta rejected "
                                    + (ownToken ? "the account's own access token" : "the system user's access token")
                                    + " for "
                                    + account + " (" + failure.describe() + "). "
                                    + (ownToken
                                            ? "Link the account again with a fresh token (POST /api/v1/brands/{brand}/ad-accounts "
                                                    + "with access_token), then run the sync again."
                                            : "Reconnect the ad account in Meta (re-authorise the integration), then run the sync "
                                                    + "again."),
                            failure);
                case PERMISSION ->
                    new JobFailedException(
                            ErrorCategory.AUTH,
                            "Meta says "
                                    + (ownToken ? "the user of the account's own access token" : "our system user")
                                    + " may not read " + account + " (" + failure.describe() + "). Ask an admin of the"
                                    + " ad account to grant that user at least ads_read, then run the sync again.",
                            failure);
                case RATE_LIMITED ->
                    new JobFailedException(
                            ErrorCategory.RATE_LIMITED,
                            "Meta kept throttling "
                                    + account + " after our retries (" + failure.describe()
                                    + "); the next run will try again, "
                                    + "or lower days_back.",
                            failure);
                case TRANSIENT ->
                    new JobFailedException(
                            ErrorCategory.TRANSIENT,
                            "Meta kept failing for " + account + " after our retries (" + failure.describe()
                                    + "); the next run will try again.",
                            failure);
                case REDUCE_DATA ->
                    new JobFailedException(
                            ErrorCategory.TRANSIENT,
                            "Meta could not compute the insights of " + account + " even in the smallest pieces we ask"
                                    + " for (one day, one campaign at a time) (" + failure.describe()
                                    + "); the next run will try again.",
                            failure);
                case NOT_FOUND ->
                    new JobFailedException(
                            ErrorCategory.NOT_FOUND,
                            "Meta does not know ad account " + account + " or our token cannot see it ("
                                    + failure.describe() + "); re-link the account.",
                            failure);
                case USE_ASYNC, INVALID ->
                    new JobFailedException(
                            ErrorCategory.INVALID_INPUT,
                            "Meta refused the " + "insights request for " + account + " (" + failure.describe() + ")",
                            failure);
            };
        }
        if (error instanceof AccountUnavailableException unavailable) {
            return new JobFailedException(
                    unavailable.rateLimited() ? ErrorCategory.RATE_LIMITED : ErrorCategory.TRANSIENT,
                    unavailable.getMessage() + "; the next run will try again.",
                    error);
        }
        if (error instanceof JobFailedException failed) {
            return failed;
        }
        throw error;
    }
}
