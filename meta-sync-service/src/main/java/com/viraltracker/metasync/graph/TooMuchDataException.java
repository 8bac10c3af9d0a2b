package com.viraltracker.metasync.graph;

/**
 * Meta could not compute what a request asked for: a synchronous request answered error 1 "Please reduce the
 * amount of data you're asking for", or an async report run ended in "Job Failed". Asking for fewer days or fewer
 * campaigns may succeed; the request itself is kept so the caller can split it.
 */
public class TooMuchDataException extends RuntimeException {
    private final transient InsightsRequest request;

    TooMuchDataException(InsightsRequest request, String what) {
        super(what + " for " + request.account() + " (" + request.since() + " to " + request.until()
                + (request.campaignIds() == null ? "" : ", campaigns " + request.campaignIds()) + ")");
        this.request = request;
    }

    public InsightsRequest request() {
        return request;
    }
}
