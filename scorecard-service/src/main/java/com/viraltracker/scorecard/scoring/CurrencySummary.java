package com.viraltracker.scorecard.scoring;

import com.viraltracker.events.serde.SnakeCase;
import java.math.BigDecimal;

/**
 * The headline of one currency's section. Spend, revenue and ROAS cover every ad of the brand in that currency
 * (what was really spent); the counts say how many of those ads were evaluated, left out under {@code min_spend}
 * (with what they spent), and in each category.
 */
@SnakeCase
public record CurrencySummary(String currency, PeriodFigures current, PeriodFigures previous, PeriodChange change,
                              int adsEvaluated, int adsExcluded, BigDecimal excludedSpend, int topPerformers,
                              int needsAttention, int inBetween) {
}
