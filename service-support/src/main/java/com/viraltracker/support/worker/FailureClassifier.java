package com.viraltracker.support.worker;

import com.viraltracker.events.parameters.InvalidParametersException;
import com.viraltracker.events.result.ErrorCategory;
import io.r2dbc.spi.R2dbcTransientException;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Turns what a handler threw into a category and a message for the run history. */
public class FailureClassifier {

    /** @param retryAfter the handler's hint of when a further attempt has a chance, or null */
    public record Failure(ErrorCategory category, String message, Instant retryAfter) {
        Failure(ErrorCategory category, String message) {
            this(category, message, null);
        }
    }

    public Failure classify(Throwable error) {
        Throwable root = unwrap(error);
        if (root instanceof JobFailedException failed) {
            return new Failure(failed.category(), failed.getMessage(), failed.retryAfter());
        }
        if (root instanceof InvalidParametersException invalid) {
            return new Failure(ErrorCategory.INVALID_INPUT, invalid.getMessage());
        }
        if (isTransient(root)) {
            return new Failure(
                    ErrorCategory.TRANSIENT,
                    "a temporary fault outlasted the retries ("
                            + root.getClass().getSimpleName() + "); the next run will try again");
        }
        return new Failure(
                ErrorCategory.INTERNAL,
                "unexpected error " + root.getClass().getSimpleName() + ": " + root.getMessage()
                        + " (see the service log for the stack trace)");
    }

    /**
     * True when the infrastructure failed under the handler (database, network) rather than the handler deciding
     * the run failed: worth trying again in place.
     */
    public boolean isRetryable(Throwable error) {
        return !(unwrap(error) instanceof JobFailedException)
                && !(unwrap(error) instanceof InvalidParametersException)
                && isTransient(error);
    }

    private static boolean isTransient(Throwable error) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            if (current instanceof R2dbcTransientException
                    || current instanceof TransientDataAccessException
                    || current instanceof DataAccessResourceFailureException
                    // No connection for a transaction: the database is restarting or out of connections.
                    || current instanceof CannotCreateTransactionException
                    || current instanceof IOException
                    || current instanceof TimeoutException) {
                return true;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof java.util.concurrent.CompletionException
                        || current instanceof java.util.concurrent.ExecutionException
                        || current instanceof java.lang.reflect.UndeclaredThrowableException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        for (Throwable cause = current; cause != null; cause = cause.getCause()) {
            if (cause instanceof JobFailedException) {
                return cause;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return current;
    }
}
