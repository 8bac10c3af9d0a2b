package com.viraltracker.metasync.graph;

import java.util.function.Predicate;

/**
 * Which failures resilience4j retries and the circuit breaker counts (named in application.yml): throttling and
 * passing faults, never an expired token or a bad request, which fail the same way every time.
 */
public class RetryableGraphFailure implements Predicate<Throwable> {
    @Override
    public boolean test(Throwable error) {
        return error instanceof GraphFailure failure && failure.kind().retryable();
    }
}
