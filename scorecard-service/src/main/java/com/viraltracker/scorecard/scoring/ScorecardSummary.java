package com.viraltracker.scorecard.scoring;

import com.viraltracker.events.serde.SnakeCase;
import java.util.List;

/**
 * @param hasData     whether the brand had any performance rows in the period
 * @param message     a plain sentence when there is nothing to score
 * @param currencies  one section per currency, alphabetical; money is never added across them
 */
@SnakeCase
public record ScorecardSummary(
        boolean hasData, String message, int adsEvaluated, int adsExcluded, List<CurrencySummary> currencies) {}
