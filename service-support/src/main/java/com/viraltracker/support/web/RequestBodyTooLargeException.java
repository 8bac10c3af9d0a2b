package com.viraltracker.support.web;

import org.springframework.util.unit.DataSize;

/** A request body over {@code REQUEST_MAX_BODY_SIZE}; answered as a 413 problem naming the body. */
public class RequestBodyTooLargeException extends RuntimeException {
    private final transient DataSize limit;

    public RequestBodyTooLargeException(DataSize limit) {
        super("the request body must be at most " + limit.toBytes() + " bytes");
        this.limit = limit;
    }

    public DataSize limit() {
        return limit;
    }
}
