package com.viraltracker.support.worker;

import com.viraltracker.events.result.ErrorCategory;
import java.time.Instant;

/** A run that cannot succeed, with a category and a message a person can act on. */
public class JobFailedException extends RuntimeException {
    private final ErrorCategory category;
    private final Instant retryAfter;

    public JobFailedException(ErrorCategory category, String message) {
        this(category, message, null, null);
    }

    public JobFailedException(ErrorCategory category, String message, Throwable cause) {
        this(category, message, cause, null);
    }

    /** @param retryAfter when a further attempt has a chance (an upstream said so), reported as the result's hint */
    public JobFailedException(ErrorCategory category, String message, Throwable cause, Instant retryAfter) {
        super(message, cause);
        this.category = category;
        this.retryAfter = retryAfter;
    }

    public ErrorCategory category() {
        return category;
    }

    /** When a further attempt has a chance, or null when unknown. */
    public Instant retryAfter() {
        return retryAfter;
    }
}
