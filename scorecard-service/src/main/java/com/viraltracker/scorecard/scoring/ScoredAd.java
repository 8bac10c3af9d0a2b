package com.viraltracker.scorecard.scoring;

import com.viraltracker.events.serde.SnakeCase;
import com.viraltracker.scorecard.performance.AdTotals;
import java.math.BigDecimal;

/** One evaluated ad of a scorecard: its category, its place in that category's list, and its numbers. */
@SnakeCase
public record ScoredAd(
        String currency,
        Category category,
        int rank,
        String adAccountId,
        String adId,
        String adName,
        String campaignName,
        BigDecimal spend,
        BigDecimal revenue,
        BigDecimal roas,
        long purchases,
        BigDecimal cpa,
        long impressions,
        long clicks,
        BigDecimal ctr) {

    static ScoredAd of(AdTotals ad, Category category, int rank) {
        return new ScoredAd(
                ad.currency(),
                category,
                rank,
                ad.adAccountId(),
                ad.adId(),
                ad.adName(),
                ad.campaignName(),
                ad.spend(),
                ad.revenue(),
                ad.roas(),
                ad.purchases(),
                ad.cpa(),
                ad.impressions(),
                ad.clicks(),
                ad.ctr());
    }
}
