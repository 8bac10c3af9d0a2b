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

    public Metrics metrics() {
        return new Metrics(spend, impressions, clicks, purchases, revenue, roas, cpa);
    }
}
