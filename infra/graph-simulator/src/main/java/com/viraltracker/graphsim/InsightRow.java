package com.viraltracker.graphsim;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One ad's numbers for one day, as the simulator knows them (the ground truth a sync must store).
 *
 * @param purchases       the true number of purchases; the response reports it under {@code omni_purchase} and
 *                        {@code purchase} (either may be missing) and a smaller pixel-only count under
 *                        {@code offsite_conversion.fb_pixel_purchase}, so summing the types over-counts
 * @param purchaseValue   the true purchase value, reported the same way in {@code action_values}
 * @param hasOmniPurchase whether this row carries the {@code omni_purchase} action type
 * @param hasPurchase     whether this row carries the {@code purchase} action type
 */
public record InsightRow(
        String accountId,
        Ad ad,
        LocalDate date,
        BigDecimal spend,
        long impressions,
        long reach,
        long clicks,
        long linkClicks,
        long purchases,
        BigDecimal purchaseValue,
        long addToCarts,
        long pixelPurchases,
        BigDecimal pixelPurchaseValue,
        boolean hasOmniPurchase,
        boolean hasPurchase) {

    public String adId() {
        return ad.adId();
    }
}
