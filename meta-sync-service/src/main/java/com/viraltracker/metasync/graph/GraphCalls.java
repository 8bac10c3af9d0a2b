package com.viraltracker.metasync.graph;

import com.facebook.ads.sdk.APIException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Every Graph API call of an account goes through here: retry with exponential backoff and jitter on throttling
 * and passing faults, a per-account circuit breaker and rate limiter (instances named after the account, their
 * settings under {@code resilience4j.*.configs} in application.yml), and the usage-header throttle.
 */
public class GraphCalls {
    public static final String RETRY_CONFIG = "graph-api";
    public static final String ACCOUNT_CONFIG = "graph-account";

    private final RetryRegistry retries;
    private final RateLimiterRegistry rateLimiters;
    private final CircuitBreakerRegistry circuitBreakers;
    private final UsageThrottle throttle;
    private final GraphMetrics metrics;
    private final SecretRedactor redactor;
    /** Why each account's circuit would be open: its last retryable failure, for the message and category. */
    private final java.util.Map<String, GraphFailure> lastFailures = new java.util.concurrent.ConcurrentHashMap<>();

    public GraphCalls(
            RetryRegistry retries,
            RateLimiterRegistry rateLimiters,
            CircuitBreakerRegistry circuitBreakers,
            UsageThrottle throttle,
            GraphMetrics metrics,
            SecretRedactor redactor) {
        this.retries = retries;
        this.rateLimiters = rateLimiters;
        this.circuitBreakers = circuitBreakers;
        this.throttle = throttle;
        this.metrics = metrics;
        this.redactor = redactor;
    }

    /** One SDK call. */
    @FunctionalInterface
    public interface SdkCall<T> {
        T run() throws APIException;
    }

    /**
     * Runs the call with the account's protections.
     *
     * @throws GraphFailure             what Meta answered last, once retries are exhausted or not allowed
     * @throws AccountUnavailableException when the account's circuit is open or its rate limiter has no permit
     */
    public <T> T call(String account, CallStats stats, SdkCall<T> call) {
        AtomicInteger attempts = new AtomicInteger();
        Supplier<T> attempt = () -> {
            throttle.beforeCall(account, stats);
            boolean retry = attempts.incrementAndGet() > 1;
            stats.call(retry);
            try {
                T result = call.run();
                observeUsage(account);
                metrics.succeeded(retry);
                return result;
            } catch (APIException e) {
                observeUsage(account);
                GraphFailure failure = GraphFailure.from(e, redactor);
                metrics.failed(failure, retry);
                if (failure.kind().retryable()) {
                    lastFailures.put(account, failure);
                }
                throw failure;
            }
        };
        RateLimiter limiter = rateLimiters.rateLimiter(account, ACCOUNT_CONFIG);
        CircuitBreaker breaker = circuitBreakers.circuitBreaker(account, ACCOUNT_CONFIG);
        Retry retry = retries.retry(account, RETRY_CONFIG);
        Supplier<T> guarded = Retry.decorateSupplier(
                retry, CircuitBreaker.decorateSupplier(breaker, RateLimiter.decorateSupplier(limiter, attempt)));
        try {
            return guarded.get();
        } catch (CallNotPermittedException e) {
            metrics.notPermitted();
            GraphFailure last = lastFailures.get(account);
            throw new AccountUnavailableException(
                    account,
                    "its recent Graph API calls kept failing"
                            + (last == null ? "" : " (last: " + last.describe() + ")")
                            + ", so calls are paused for a while (circuit breaker open)",
                    last != null && last.kind() == GraphFailureKind.RATE_LIMITED,
                    e);
        } catch (RequestNotPermitted e) {
            metrics.notPermitted();
            throw new AccountUnavailableException(
                    account, "no call permit within the rate limiter's wait time", true, e);
        }
    }

    private void observeUsage(String account) {
        double usage = UsageObserver.takeLast();
        throttle.observed(account, usage);
        throttle.observedRegainMinutes(account, UsageObserver.takeLastRegainMinutes());
        metrics.usage(account, usage);
    }

    GraphMetrics metrics() {
        return metrics;
    }

    public UsageThrottle throttle() {
        return throttle;
    }
}
