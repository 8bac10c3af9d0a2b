package com.viraltracker.metasync.sync;

import com.facebook.ads.sdk.APIContext;
import com.facebook.ads.sdk.AdAccount;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.metasync.graph.CallStats;
import com.viraltracker.metasync.graph.GraphCalls;
import com.viraltracker.metasync.graph.UsageThrottle;
import com.viraltracker.support.worker.JobFailedException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Holds a chunk back while Meta reports the account's usage (any usage header, the insights throttle included) at
 * or above the ceiling: a chunk is dozens of calls, and starting it there runs into error 80000 halfway. It waits
 * for usage to fall, or for Meta's {@code estimated_time_to_regain_access} to pass, as long as that is short;
 * otherwise the run fails RATE_LIMITED with a retry-after hint, and its next attempt resumes after the last
 * finished chunk.
 */
@Component
public class UsageGate {
    private final GraphCalls calls;
    private final BackfillProperties properties;
    private final BackfillMetrics metrics;
    private final Clock clock;

    public UsageGate(GraphCalls calls, BackfillProperties properties, BackfillMetrics metrics, Clock clock) {
        this.calls = calls;
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
    }

    public void awaitBelowCeiling(APIContext context, String account, CallStats stats) {
        UsageThrottle throttle = calls.throttle();
        Duration waited = Duration.ZERO;
        while (throttle.usage(account) >= properties.usageCeiling()) {
            Duration regain = throttle.regainAccessIn(account);
            Duration pause = regain.compareTo(properties.usageRecheck()) > 0 ? regain : properties.usageRecheck();
            if (waited.plus(pause).compareTo(properties.maxUsageWait()) > 0) {
                throw new JobFailedException(
                        ErrorCategory.RATE_LIMITED,
                        "Meta reports " + account + " at " + String.format(Locale.ROOT, "%.0f", throttle.usage(account))
                                + "% of its rate limits"
                                + (regain.isZero()
                                        ? ""
                                        : ", blocked for about " + regain.toMinutes()
                                                + " more minutes (estimated_time_to_regain_access)")
                                + "; no further chunk was started, and the next attempt resumes after the last "
                                + "finished one.",
                        null,
                        clock.instant().plus(pause));
            }
            metrics.waitedForUsage();
            sleep(pause);
            waited = waited.plus(pause);
            // Meta's usage is only known from its answers: a small call asks it again.
            calls.call(
                    account,
                    stats,
                    () -> new AdAccount(account, context)
                            .get()
                            .requestField("account_status")
                            .execute());
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Meta's usage to fall", e);
        }
    }
}
