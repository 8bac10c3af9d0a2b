package com.viraltracker.metasync.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.graphsim.Fault;
import com.viraltracker.metasync.MetaSyncIntegrationTest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a sync records about its Graph API calls, measured against the simulator's own count of them. */
class GraphMetricsTest extends MetaSyncIntegrationTest {
    @Autowired
    MeterRegistry registry;

    @Test
    void counts_each_call_by_outcome_and_error_code_and_the_retries_and_rows_of_a_sync() {
        UUID brand = UUID.randomUUID();
        String account = linkNewAccount(brand, 1);
        simulator.injectFault(account, Fault.userRateLimit().times(2));
        long callsBefore = simulator.callCount(account);
        double successes = calls("success", "none", "none");
        double rateLimited = calls("failure", "17", "rate_limited");
        double retries =
                registry.get("viraltracker.meta.graph.retries").counter().count();
        double rows = registry.get("viraltracker.meta.rows.upserted").counter().count();

        JobResult result = runSync(brand, 2);

        assertSucceeded(result);
        long metaSaw = simulator.callCount(account) - callsBefore;
        assertThat(calls("failure", "17", "rate_limited") - rateLimited).isEqualTo(2);
        assertThat(calls("success", "none", "none") - successes).isEqualTo(metaSaw - 2);
        assertThat(registry.get("viraltracker.meta.graph.retries").counter().count() - retries)
                .isEqualTo(2);
        assertThat(registry.get("viraltracker.meta.rows.upserted").counter().count() - rows)
                .isEqualTo(2);
    }

    @Test
    void an_expired_token_is_counted_as_an_auth_failure_with_code_190() {
        UUID brand = UUID.randomUUID();
        String account = linkNewAccount(brand, 1);
        simulator.injectFault(account, Fault.expiredToken());
        double auth = calls("failure", "190", "auth");

        JobResult result = runSync(brand, 2);

        assertThat(result.errorCategory()).isEqualTo(ErrorCategory.AUTH);
        assertThat(calls("failure", "190", "auth") - auth).isEqualTo(1);
    }

    @Test
    void keeps_the_latest_usage_percent_per_ad_account() {
        UUID brand = UUID.randomUUID();
        String busy = linkNewAccount(brand, 1);
        simulator.usage(busy, 70);

        assertSucceeded(runSync(brand, 1));

        Gauge usage = registry.get("viraltracker.meta.graph.usage.percent").gauges().stream()
                .filter(gauge -> gauge.getId().getTag("ad_account").endsWith(busy))
                .findFirst()
                .orElseThrow();
        assertThat(usage.value()).isBetween(70.0, 85.0);
    }

    @Test
    void counts_the_async_report_runs_a_long_range_starts() {
        UUID brand = UUID.randomUUID();
        linkNewAccount(brand, 1);
        double before =
                registry.get("viraltracker.meta.async.report.runs").counter().count();

        assertSucceeded(runSync(brand, 40));

        assertThat(registry.get("viraltracker.meta.async.report.runs").counter().count() - before)
                .isEqualTo(1);
    }

    private double calls(String outcome, String errorCode, String kind) {
        Counter counter = registry.find(GraphMetrics.CALLS)
                .tag("outcome", outcome)
                .tag("error_code", errorCode)
                .tag("kind", kind)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
