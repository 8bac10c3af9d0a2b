package com.viraltracker.metasync.graph;

import com.facebook.ads.sdk.APIException;

/** A URL outside the configured Graph API endpoint (a paging link or redirect elsewhere): never called. */
public class ForeignEndpointException extends APIException {
    ForeignEndpointException(String origin, String allowed) {
        super("refused to call " + origin + ": the Graph API client only calls the configured endpoint " + allowed);
    }
}
