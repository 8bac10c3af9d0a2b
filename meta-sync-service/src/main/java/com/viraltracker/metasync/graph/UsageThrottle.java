package com.viraltracker.metasync.graph;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows an account's calls down once Meta's usage headers say it is close to its limit, instead of waiting for
 * error 17 or 80000: above {@code throttleAbove} percent each call first pauses, longer the closer to 100%.
 */
public class UsageThrottle {
    private final Map<String, Double> usageByAccount = new ConcurrentHashMap<>();
    private final Map<String, Long> regainMinutesByAccount = new ConcurrentHashMap<>();
    private final double above;
    private final Duration pauseAtLimit;

    public UsageThrottle(double above, Duration pauseAtLimit) {
        this.above = above;
        this.pauseAtLimit = pauseAtLimit;
    }

    void observed(String account, double percent) {
        if (percent >= 0) {
            usageByAccount.put(account, percent);
        }
    }

    void observedRegainMinutes(String account, long minutes) {
        if (minutes >= 0) {
            regainMinutesByAccount.put(account, minutes);
        }
    }

    /** The highest utilisation percent Meta's last answer for the account reported (0 before any). */
    public double usage(String account) {
        return usageByAccount.getOrDefault(account, 0.0);
    }

    /**
     * How long Meta's last answer for the account said it stays blocked ({@code estimated_time_to_regain_access});
     * zero when it said it is not, or before any answer.
     */
    public Duration regainAccessIn(String account) {
        return Duration.ofMinutes(regainMinutesByAccount.getOrDefault(account, 0L));
    }

    Duration pauseFor(String account) {
        double usage = Math.min(100.0, usage(account));
        if (usage <= above || above >= 100) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(Math.round(pauseAtLimit.toMillis() * (usage - above) / (100.0 - above)));
    }

    void beforeCall(String account, CallStats stats) {
        Duration pause = pauseFor(account);
        if (pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while slowing down for Meta's rate limits", e);
        }
        stats.throttled(pause.toMillis());
    }
}
