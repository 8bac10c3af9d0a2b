package com.viraltracker.console.scorecards;

import com.viraltracker.console.api.Scorecard;
import com.viraltracker.console.api.ScorecardSummary;
import com.viraltracker.console.web.BrandHeader;
import java.util.List;

/** One scorecard rendered in the console: per currency its figures, its chart and a page of its ads by category. */
public record ScorecardView(BrandHeader brand, Scorecard scorecard, List<Part> parts) {

    /** One currency of the scorecard: the chart has every ad, the table a page of them. */
    public record Part(ScorecardSummary.CurrencySection section, String chart, ScorecardAdsPage ads) {}

    public static List<String> categories() {
        return ScorecardAdsPage.CATEGORIES;
    }

    /** How many of the currency's ads are in {@code category} (null: all evaluated). */
    public static int count(ScorecardSummary.CurrencySection section, String category) {
        return switch (category == null ? "" : category) {
            case "top_performer" -> section.topPerformers();
            case "needs_attention" -> section.needsAttention();
            case "in_between" -> section.inBetween();
            default -> section.adsEvaluated();
        };
    }

    public static String categoryTitle(String category) {
        return switch (category == null ? "" : category) {
            case "top_performer" -> "top performer";
            case "needs_attention" -> "needs attention";
            default -> "in between";
        };
    }

    public static String categoryBadge(String category) {
        return switch (category == null ? "" : category) {
            case "top_performer" -> "badge-succeeded";
            case "needs_attention" -> "badge-failed";
            default -> "badge-none";
        };
    }
}
