package com.viraltracker.console.scorecards;

import com.viraltracker.console.api.Scorecard;
import java.util.List;

/**
 * The part of one currency's ads that its table shows: one category or all, {@link #SIZE} at a time, in the
 * scorecard's order (category, then rank). A scorecard of thousands of ads renders a page of them, not all; every ad
 * is a few clicks away, and all are in the CSV.
 *
 * @param category the category shown (top_performer, needs_attention, in_between), or null for all
 * @param page     the page shown, from 0 (a page past the last is the last)
 * @param total    how many ads the category (or the currency) has
 * @param ads      the ads of the page
 */
public record ScorecardAdsPage(String category, int page, int total, List<Scorecard.Ad> ads) {
    static final int SIZE = 100;
    static final List<String> CATEGORIES = List.of("top_performer", "needs_attention", "in_between");

    /** The page of {@code ads} (one currency's, in order) that the query parameters ask for. */
    static ScorecardAdsPage of(List<Scorecard.Ad> ads, String category, int page) {
        String chosen = category != null && CATEGORIES.contains(category) ? category : null;
        List<Scorecard.Ad> matching = chosen == null
                ? ads
                : ads.stream().filter(ad -> chosen.equals(ad.category())).toList();
        int last = Math.max(0, (matching.size() - 1) / SIZE);
        int shown = Math.min(Math.max(0, page), last);
        int from = shown * SIZE;
        return new ScorecardAdsPage(
                chosen, shown, matching.size(), matching.subList(from, Math.min(matching.size(), from + SIZE)));
    }

    /** 1-based number of the first ad shown (0 when none). */
    public int first() {
        return ads.isEmpty() ? 0 : page * SIZE + 1;
    }

    public int last() {
        return page * SIZE + ads.size();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return last() < total;
    }

    public boolean paged() {
        return total > SIZE;
    }
}
