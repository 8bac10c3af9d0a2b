package com.viraltracker.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One fixture row of {@code meta_sync.meta_ads_performance}: one ad on one day. */
public record PerformanceRow(
        UUID brandId,
        String adAccountId,
        String currency,
        String adId,
        String adName,
        String campaignName,
        LocalDate date,
        BigDecimal spend,
        BigDecimal purchaseValue,
        long purchases,
        long impressions,
        long clicks) {

    /** Rows of one brand's ad account in one currency, so that a fixture names only what differs between rows. */
    public static AccountRows account(UUID brandId, String adAccountId, String currency) {
        return new AccountRows(brandId, adAccountId, currency);
    }

    public record AccountRows(UUID brandId, String adAccountId, String currency) {
        public PerformanceRow row(
                String adId,
                String adName,
                String date,
                String spend,
                String purchaseValue,
                long purchases,
                long impressions,
                long clicks) {
            return new PerformanceRow(
                    brandId,
                    adAccountId,
                    currency,
                    adId,
                    adName,
                    "Campaign of " + adName,
                    LocalDate.parse(date),
                    new BigDecimal(spend),
                    new BigDecimal(purchaseValue),
                    purchases,
                    impressions,
                    clicks);
        }
    }
}
