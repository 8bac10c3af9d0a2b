package com.viraltracker.console.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;

/**
 * One group of a performance answer: a day (key = ISO date), an ad (key = ad id, name = ad name, with its campaign's
 * name) or a campaign, and its numbers (beside the names in the service's answer).
 */
public record PerformanceRow(
        String key,
        String name,
        String campaignName,
        @JsonUnwrapped Metrics metrics) {
    private static final BigDecimal TOP_ROAS = BigDecimal.valueOf(2);

    public PerformanceRow {
        metrics = metrics == null ? Metrics.NONE : metrics;
    }

    /** "top" at 2× ROAS or more, "below" under the 1× break-even, else null (no badge). */
    public String roasBand() {
        BigDecimal roas = metrics.roas();
        if (roas == null) {
            return null;
        }
        if (roas.compareTo(TOP_ROAS) >= 0) {
            return "top";
        }
        return roas.compareTo(BigDecimal.ONE) < 0 ? "below" : null;
    }
}
