package com.viraltracker.console.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Summed performance: money in the section's one currency. ROAS and CPA are the service's (absent when their
 * divisor is zero); CTR is worked out here in percent from the counts, so it reads the same whatever scale a
 * service uses for it.
 */
public record Metrics(
        BigDecimal spend,
        BigDecimal revenue,
        BigDecimal roas,
        long purchases,
        BigDecimal cpa,
        long clicks,
        long impressions) {

    public static final Metrics NONE = new Metrics(BigDecimal.ZERO, BigDecimal.ZERO, null, 0, null, 0, 0);

    public Metrics {
        spend = spend == null ? BigDecimal.ZERO : spend;
        revenue = revenue == null ? BigDecimal.ZERO : revenue;
    }

    /** Clicks per 100 impressions; null without impressions. */
    public BigDecimal ctrPercent() {
        return impressions == 0
                ? null
                : BigDecimal.valueOf(clicks)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(impressions), 2, RoundingMode.HALF_UP);
    }
}
