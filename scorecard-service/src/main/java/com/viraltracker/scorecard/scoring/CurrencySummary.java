package com.viraltracker.scorecard.scoring;

import com.viraltracker.events.serde.SnakeCase;
import com.viraltracker.scorecard.period.Coverage;
import java.math.BigDecimal;

/**
 * The headline of one currency's section. Spend, revenue and ROAS cover every ad of the brand in that currency
 * (what was really spent); the counts say how many of those ads were evaluated, left out under {@code min_spend}
 * (with what they spent), and in each category.
 *
 * @param coverage which days the figures cover: each account of the currency is summed over its own period, so
 *                 the section says its one period when its accounts share it, and each account's when they differ
 */
@SnakeCase
public record CurrencySummary(
        String currency,
        Coverage coverage,
        PeriodFigures current,
        PeriodFigures previous,
        PeriodChange change,
        int adsEvaluated,
        int adsExcluded,
        BigDecimal excludedSpend,
        int topPerformers,
        int needsAttention,
        int inBetween) {}
