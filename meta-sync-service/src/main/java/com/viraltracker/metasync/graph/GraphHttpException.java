package com.viraltracker.metasync.graph;

import com.facebook.ads.sdk.APIException;

/** A non-2xx answer, kept whole (status, body, headers) so the failure can be classified exactly. */
public class GraphHttpException extends APIException.FailedRequestException {
    private final int status;
    private final String body;

    GraphHttpException(int status, String body, String headers) {
        super(headers, body, null);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}
