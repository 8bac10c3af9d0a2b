package com.viraltracker.metasync.sync;

import com.facebook.ads.sdk.AdsInsights;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Turns an Insights API row (every number a string) into a {@link PerformanceRow}. */
final class InsightsRowMapper {
    private InsightsRowMapper() {}

    static PerformanceRow map(
            AdsInsights insight,
            String adAccountId,
            UUID brandId,
            String accountCurrency,
            Instant syncedAt,
            UUID runId) {
        String purchaseType =
                PurchaseActions.purchaseType(insight.getFieldActions()).orElse(null);
        String currency =
                insight.getFieldAccountCurrency() == null ? accountCurrency : insight.getFieldAccountCurrency();
        return new PerformanceRow(
                adAccountId,
                insight.getFieldAdId(),
                LocalDate.parse(insight.getFieldDateStart()),
                brandId,
                insight.getFieldCampaignId(),
                insight.getFieldCampaignName(),
                insight.getFieldAdsetId(),
                insight.getFieldAdsetName(),
                insight.getFieldAdName(),
                currency,
                decimal(insight.getFieldSpend(), BigDecimal.ZERO),
                whole(insight.getFieldImpressions()),
                whole(insight.getFieldReach()),
                whole(insight.getFieldClicks()),
                whole(insight.getFieldInlineLinkClicks()),
                decimal(insight.getFieldCtr(), null),
                decimal(insight.getFieldCpc(), null),
                decimal(insight.getFieldCpm(), null),
                PurchaseActions.count(insight.getFieldActions(), purchaseType),
                PurchaseActions.amount(insight.getFieldActionValues(), purchaseType),
                PurchaseActions.addToCarts(insight.getFieldActions()),
                purchaseType,
                syncedAt,
                runId);
    }

    private static long whole(String value) {
        return value == null || value.isBlank() ? 0 : new BigDecimal(value).longValue();
    }

    private static BigDecimal decimal(String value, BigDecimal absent) {
        return value == null || value.isBlank() ? absent : new BigDecimal(value);
    }
}
