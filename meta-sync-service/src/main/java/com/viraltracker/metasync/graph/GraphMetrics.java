package com.viraltracker.metasync.graph;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Graph API calls by outcome and Meta error code, retries, async report runs, and each account's latest usage
 * percent from the usage headers. Error codes and kinds are Meta's small documented sets; only the usage gauge is
 * per ad account (a brand links a few), no series carries a run or brand id.
 */
public class GraphMetrics {
    static final String CALLS = "viraltracker.meta.graph.calls";

    private final MeterRegistry registry;
    private final Map<String, AtomicReference<Double>> usage = new ConcurrentHashMap<>();

    public GraphMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Both outcomes exist from the start, so an error ratio reads 0 before the first failure.
        calls("success", "none", "none");
        calls("failure", "none", "none");
        Counter.builder("viraltracker.meta.graph.retries")
                .description("Graph API calls that were a retry")
                .register(registry);
        asyncReports();
    }

    void succeeded(boolean retry) {
        calls("success", "none", "none").increment();
        retried(retry);
    }

    void failed(GraphFailure failure, boolean retry) {
        calls("failure", errorCode(failure), failure.kind().name().toLowerCase(Locale.ROOT))
                .increment();
        retried(retry);
    }

    /** Our own circuit breaker or rate limiter held the call back; Meta never saw it. */
    void notPermitted() {
        calls("not_permitted", "none", "none").increment();
    }

    void asyncReportStarted() {
        asyncReports().increment();
    }

    void usage(String account, double percent) {
        if (percent < 0) {
            return;
        }
        usage.computeIfAbsent(account, key -> {
                    AtomicReference<Double> value = new AtomicReference<>(0.0);
                    Gauge.builder("viraltracker.meta.graph.usage.percent", value, AtomicReference::get)
                            .description(
                                    "Highest utilisation percent in the last usage headers Meta sent for the account")
                            .tag("ad_account", key)
                            .register(registry);
                    return value;
                })
                .set(percent);
    }

    private void retried(boolean retry) {
        if (retry) {
            registry.counter("viraltracker.meta.graph.retries").increment();
        }
    }

    private Counter calls(String outcome, String errorCode, String kind) {
        return Counter.builder(CALLS)
                .description("Graph API calls by outcome, Meta error code and what it means")
                .tag("outcome", outcome)
                .tag("error_code", errorCode)
                .tag("kind", kind)
                .register(registry);
    }

    private Counter asyncReports() {
        return Counter.builder("viraltracker.meta.async.report.runs")
                .description("Async insights report runs started (POST act_<id>/insights)")
                .register(registry);
    }

    /** Meta's error code ("190"); without one, the HTTP status ("http_502") or "network". */
    static String errorCode(GraphFailure failure) {
        if (failure.code() != 0) {
            return Integer.toString(failure.code());
        }
        return failure.httpStatus() == 0 ? "network" : "http_" + failure.httpStatus();
    }
}
