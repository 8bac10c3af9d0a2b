package com.viraltracker.support.worker;

import java.time.Duration;

/**
 * How a run is tried again in place when the database or the network failed under it (a cut connection, a
 * restarting PostgreSQL): handlers are idempotent, so doing the work again is safe, and a blip should not turn a
 * one-time job into a failed run that nothing will retry.
 *
 * @param attempts  tries in all, the first included
 * @param firstWait the wait before the second try; each later wait doubles it
 */
public record TransientRetry(int attempts, Duration firstWait) {
    /** 5 tries over 1 + 2 + 4 + 8 = 15 s: longer than a database restart, far shorter than a run's timeout. */
    public static final TransientRetry DEFAULT = new TransientRetry(5, Duration.ofSeconds(1));

    /** The wait after failed try number {@code attempt} (1-based). */
    public Duration waitAfter(int attempt) {
        return firstWait.multipliedBy(1L << Math.min(attempt - 1, 20));
    }
}
