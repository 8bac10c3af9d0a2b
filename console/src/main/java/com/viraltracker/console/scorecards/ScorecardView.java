package com.viraltracker.console.scorecards;

import com.viraltracker.console.api.Scorecard;
import com.viraltracker.console.api.ScorecardSummary;
import com.viraltracker.console.web.BrandHeader;
import java.util.List;

/** One scorecard rendered in the console: per currency its figures, its chart and its ads by category. */
public record ScorecardView(BrandHeader brand, Scorecard scorecard, List<Part> parts) {

    /** One currency of the scorecard. */
    public record Part(ScorecardSummary.CurrencySection section, String chart, List<Scorecard.Ad> ads) {}

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
