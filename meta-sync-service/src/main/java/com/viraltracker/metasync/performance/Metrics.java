package com.viraltracker.metasync.performance;

import com.viraltracker.events.serde.SnakeCase;
import java.math.BigDecimal;

/**
 * Sums of one currency's rows, and the ratios of those sums: {@code roas} = revenue / spend, {@code cpa} = spend /
 * purchases, {@code ctr} = clicks / impressions (a fraction, not a percentage). A ratio whose divisor is 0 is absent.
 * Revenue is Meta's purchase conversion value.
 */
@SnakeCase
public record Metrics(
        BigDecimal spend,
        long impressions,
        long clicks,
        long purchases,
        BigDecimal revenue,
        BigDecimal roas,
        BigDecimal cpa,
        BigDecimal ctr) {}
