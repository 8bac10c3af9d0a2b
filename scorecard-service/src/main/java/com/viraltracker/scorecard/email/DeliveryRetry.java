package com.viraltracker.scorecard.email;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * A delivery retried a fixed number of times with a doubling pause: SMTP hosts refuse now and then (greylisting,
 * a restart) and usually accept a minute later. Blocking is fine: the run owns its listener thread.
 *
 * @param attempts     tries in total, at least one
 * @param firstBackoff the pause before the second try
 */
public record DeliveryRetry(int attempts, Duration firstBackoff) {

    public DeliveryRetry {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt, not " + attempts);
        }
    }

    /** Runs {@code delivery} until it succeeds, the attempts run out, or it fails in a way retrying cannot fix. */
    public void run(Runnable delivery, Predicate<RuntimeException> retryable) {
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                delivery.run();
                return;
            } catch (RuntimeException e) {
                if (attempt >= attempts || !retryable.test(e)) {
                    throw e;
                }
                pause(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private static void pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry the e-mail", e);
        }
    }
}
