package com.viraltracker.events.result;

/** Why a run failed, in terms a person can act on. */
public enum ErrorCategory {
    /** Credentials are missing, expired or revoked: reconnect the account. */
    AUTH,
    /** The upstream API throttled us past our retries: the run can be retried later. */
    RATE_LIMITED,
    /** The job's parameters or the data it was pointed at are wrong: fix the schedule. */
    INVALID_INPUT,
    /** Something the job needs does not exist (brand without an ad account, unknown product). */
    NOT_FOUND,
    /** A passing fault (network, 5xx) that outlasted the retries. */
    TRANSIENT,
    /** The work was done but the result could not be delivered (e-mail). */
    DELIVERY,
    /** A bug or an unexpected state: look at the service's logs. */
    INTERNAL;

    /**
     * Whether trying the same run again later can succeed without anyone changing anything: the scheduler retries
     * a run that failed so (its README, "Retries"); every other category needs a person first.
     */
    public boolean retryable() {
        return this == TRANSIENT || this == RATE_LIMITED || this == DELIVERY;
    }
}
