package com.viraltracker.faultsuite.meta;

import com.viraltracker.graphsim.Fault;
import java.util.List;

/**
 * One Graph API fault situation and how a sync must end under it.
 *
 * @param name             what goes wrong
 * @param faults           injected before the sync starts
 * @param usagePercent     the usage the account's headers report (high usage makes the client slow down)
 * @param expiresMidSync   the token expires once the first insights page was asked for
 * @param expectedStatus   succeeded or failed
 * @param expectedCategory the error category of a failed run, or null
 */
record MetaFaultCase(
        String name,
        List<Fault> faults,
        double usagePercent,
        boolean expiresMidSync,
        String expectedStatus,
        String expectedCategory) {

    static List<MetaFaultCase> all() {
        Fault.Scope insights = Fault.Scope.INSIGHTS;
        return List.of(
                new MetaFaultCase(
                        "rate-limit storm (codes 4, 17, 613, 80004) at 95% usage",
                        List.of(
                                Fault.appRateLimit().on(insights).times(1),
                                        Fault.userRateLimit().on(insights).times(1),
                                Fault.callsExceeded().on(insights).times(1),
                                        Fault.adsManagementRateLimit()
                                                .on(insights)
                                                .times(1)),
                        95,
                        false,
                        "succeeded",
                        null),
                new MetaFaultCase(
                        "5xx burst (500 code 2, 503)",
                        List.of(
                                Fault.temporary().on(insights).times(2),
                                Fault.unavailable().on(insights).times(1)),
                        0,
                        false,
                        "succeeded",
                        null),
                new MetaFaultCase(
                        "slow answer past the 3 s read timeout",
                        List.of(Fault.slow(java.time.Duration.ofSeconds(6))
                                .on(insights)
                                .times(1)),
                        0,
                        false,
                        "succeeded",
                        null),
                new MetaFaultCase(
                        "rate limit that never lifts (code 17)",
                        List.of(Fault.userRateLimit().on(insights)),
                        0,
                        false,
                        "failed",
                        "RATE_LIMITED"),
                new MetaFaultCase(
                        "token expiring mid-sync (190/463 after the first page)",
                        List.of(),
                        0,
                        true,
                        "failed",
                        "AUTH"));
    }
}
