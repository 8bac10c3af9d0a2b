package com.viraltracker.console.api;

import java.math.BigDecimal;

/**
 * One group of a performance answer: a day (key = ISO date), an ad (key = ad id, name = ad name) or a campaign,
 * with its numbers.
 */
public record PerformanceRow(
        String key,
        String name,
        String campaignId,
        String campaignName,
        BigDecimal spend,
        long impressions,
        long clicks,
        long purchases,
        BigDecimal revenue,
        BigDecimal roas,
        BigDecimal cpa) {

    private static final BigDecimal TOP_ROAS = BigDecimal.valueOf(2);

    /** "top" at 2× ROAS or more, "below" under the 1× break-even, else null (no badge). */
    public String roasBand() {
        if (roas == null) {
            return null;
        }
        if (roas.compareTo(TOP_ROAS) >= 0) {
            return "top";
        }
        return roas.compareTo(BigDecimal.ONE) < 0 ? "below" : null;
    }

    public Metrics metrics() {
        return new Metrics(spend, impressions, clicks, purchases, revenue, roas, cpa);
    }
}
