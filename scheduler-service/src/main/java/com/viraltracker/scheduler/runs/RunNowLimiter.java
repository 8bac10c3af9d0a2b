package com.viraltracker.scheduler.runs;

import com.viraltracker.support.web.TooManyRequestsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A token bucket per brand for manual runs: a brand may start {@code perBrand} runs at once, and one more every
 * {@code period / perBrand} after that. Each scheduler instance keeps its own buckets, so behind N instances a
 * brand gets at most N times the limit; the limit protects the workers from a click storm, not a billing quota.
 */
@Component
public class RunNowLimiter {
    private final RunNowProperties properties;
    private final Clock clock;
    private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();

    public RunNowLimiter(RunNowProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Takes one manual run from the brand's bucket, or refuses with how long until the next one is available. */
    public void acquire(UUID brandId) {
        Instant now = clock.instant();
        Duration wait = buckets.computeIfAbsent(brandId, id -> new Bucket(properties.perBrand(), now))
                .take(now, properties.perBrand(), properties.period());
        if (!wait.isZero()) {
            throw new TooManyRequestsException(
                    "brand " + brandId + " may start at most " + properties.perBrand() + " manual runs per "
                            + properties.period() + "; try again in " + wait.toSeconds() + " s",
                    wait);
        }
    }

    private static final class Bucket {
        private double tokens;
        private Instant refilledAt;

        Bucket(int capacity, Instant now) {
            this.tokens = capacity;
            this.refilledAt = now;
        }

        /** Zero when a token was taken; else how long until one will be there. */
        synchronized Duration take(Instant now, int capacity, Duration period) {
            double perNano = (double) capacity / period.toNanos();
            if (now.isAfter(refilledAt)) {
                tokens = Math.min(
                        capacity, tokens + Duration.between(refilledAt, now).toNanos() * perNano);
                refilledAt = now;
            }
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano));
        }
    }
}
