package com.viraltracker.console.api;

import java.math.BigDecimal;
import java.util.List;

/** A scorecard's headline: whether there was data, and one section per currency. */
public record ScorecardSummary(
        boolean hasData, String message, int adsEvaluated, int adsExcluded, List<CurrencySection> currencies) {
    public ScorecardSummary {
        currencies = currencies == null ? List.of() : List.copyOf(currencies);
    }

    /** One currency's figures this period, their change against the one before, and how many ads landed where. */
    public record CurrencySection(
            String currency,
            Figures current,
            Change change,
            int adsEvaluated,
            int adsExcluded,
            int topPerformers,
            int needsAttention,
            int inBetween) {}

    /** Spend, revenue, blended ROAS and purchases over a period. */
    public record Figures(BigDecimal spend, BigDecimal revenue, BigDecimal roas, long purchases) {}

    /** Against the previous period: percent for money, ROAS points for ROAS. */
    public record Change(BigDecimal spendPercent, BigDecimal revenuePercent, BigDecimal roas) {}
}
