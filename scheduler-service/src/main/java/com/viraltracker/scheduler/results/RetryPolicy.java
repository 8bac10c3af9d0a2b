package com.viraltracker.scheduler.results;

import com.viraltracker.events.JobType;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.scheduler.dispatch.DispatchProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Whether, and when, a run whose attempt failed is attempted again: only for a retryable category, only while the
 * job type's maximum of attempts is not reached, after an exponential back-off with jitter, and never before the
 * worker's hint. The jitter spreads the retries of runs that failed together (an outage of the upstream API) so
 * they do not all come back at once.
 */
@Component
public class RetryPolicy {
    private final DispatchProperties.Retries retries;
    private final DoubleSupplier random;

    @Autowired
    public RetryPolicy(DispatchProperties properties) {
        this(properties.retries(), () -> ThreadLocalRandom.current().nextDouble());
    }

    /** @param random a number in [0, 1) per decision */
    RetryPolicy(DispatchProperties.Retries retries, DoubleSupplier random) {
        this.retries = retries;
        this.random = random;
    }

    /**
     * @param failedAttempt the attempt that failed (the first is 1)
     * @param failedAt      when the failure was learnt
     * @param hint          the worker's earliest time worth trying again, or null
     * @return when the next attempt is due, or empty when this failure is final
     */
    public Optional<Instant> nextAttemptAt(
            JobType type, int failedAttempt, ErrorCategory category, Instant failedAt, Instant hint) {
        if (category == null || !category.retryable() || failedAttempt >= retries.maxAttempts(type)) {
            return Optional.empty();
        }
        Instant afterBackoff = failedAt.plus(backoff(failedAttempt));
        return Optional.of(hint != null && hint.isAfter(afterBackoff) ? hint : afterBackoff);
    }

    /** The base doubled per failed attempt, capped, then up to half of it taken off at random. */
    Duration backoff(int failedAttempt) {
        double doubled = retries.baseBackoff().toMillis() * Math.pow(2, Math.max(failedAttempt, 1) - 1);
        long full = (long) Math.min(doubled, retries.maxBackoff().toMillis());
        return Duration.ofMillis(full - (long) (random.getAsDouble() * full / 2));
    }
}
