package com.viraltracker.support.worker;

import com.viraltracker.events.result.ErrorCategory;

/** A run that cannot succeed, with a category and a message a person can act on. */
public class JobFailedException extends RuntimeException {
    private final ErrorCategory category;

    public JobFailedException(ErrorCategory category, String message) {
        super(message);
        this.category = category;
    }

    public JobFailedException(ErrorCategory category, String message, Throwable cause) {
        super(message, cause);
        this.category = category;
    }

    public ErrorCategory category() {
        return category;
    }
}
