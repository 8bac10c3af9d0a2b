package com.viraltracker.scheduler.api;

import com.viraltracker.support.web.FieldProblemException;

/** Page and size query parameters, bounded so one request cannot ask for the whole table. */
public final class Paging {
    static final int MAX_SIZE = 200;

    private Paging() {}

    public static void check(int page, int size) {
        if (page < 0) {
            throw new FieldProblemException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new FieldProblemException("size", "must be between 1 and " + MAX_SIZE);
        }
    }
}
