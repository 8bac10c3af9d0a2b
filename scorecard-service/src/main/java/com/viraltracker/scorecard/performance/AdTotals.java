package com.viraltracker.scorecard.performance;

import java.math.BigDecimal;

/**
 * One ad's performance summed over a period. Ratios are null where their denominator is zero.
 *
 * @param ctr   clicks per 100 impressions
 * @param cpa   spend per purchase
 * @param roas  purchase value per unit of spend, to four decimals (ranking only; categories compare exactly)
 */
public record AdTotals(String currency, String adAccountId, String adId, String adName, String campaignName,
                       BigDecimal spend, BigDecimal revenue, long purchases, long impressions, long clicks,
                       BigDecimal ctr, BigDecimal cpa, BigDecimal roas) {
}
