package com.viraltracker.scorecard.performance;

import java.math.BigDecimal;

/**
 * One ad's performance summed over a period. Ratios are null where their denominator is zero.
 *
 * @param ctr   clicks per 100 impressions
 * @param cpa   spend per purchase
 * @param roas  purchase value per unit of spend, to four decimals (ranking only; categories compare exactly)
 */
public record AdTotals(
        String currency,
        String adAccountId,
        String adId,
        String adName,
        String campaignName,
        BigDecimal spend,
        BigDecimal revenue,
        long purchases,
        long impressions,
        long clicks,
        BigDecimal ctr,
        BigDecimal cpa,
        BigDecimal roas) {

    /** The same totals under the ad's and its campaign's names. */
    public AdTotals named(String adName, String campaignName) {
        return new AdTotals(
                currency,
                adAccountId,
                adId,
                adName,
                campaignName,
                spend,
                revenue,
                purchases,
                impressions,
                clicks,
                ctr,
                cpa,
                roas);
    }
}
