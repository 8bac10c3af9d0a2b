package com.viraltracker.faultsuite.flow;

import java.util.List;
import java.util.Map;

/**
 * What a workload came to, for the promises every flow under faults keeps: each run terminal and succeeded, no
 * occurrence lost or dispatched twice, no performance row, scorecard or generated ad duplicated.
 *
 * @param failures the first failed runs as "type category: message", for the report when something failed
 */
public record FlowTally(
        int runs,
        Map<String, Long> byStatus,
        long terminal,
        long lost,
        long dispatchedTwice,
        long duplicatePerformanceRows,
        long duplicateScorecards,
        long duplicateGeneratedAds,
        List<String> failures) {

    public long succeeded() {
        return byStatus.getOrDefault("succeeded", 0L);
    }
}
