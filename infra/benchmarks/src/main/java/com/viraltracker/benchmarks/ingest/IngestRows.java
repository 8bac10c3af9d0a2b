package com.viraltracker.benchmarks.ingest;

import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.graphsim.GraphSimulator;
import com.viraltracker.graphsim.InsightRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rows a sync of the simulated account stores, built from the simulator's ground truth, as
 * {@code meta_ads_performance} column values keyed by the names of {@code PerformanceRow}'s components.
 */
public final class IngestRows {
    private IngestRows() {}

    /** An account with {@code ads} ads (campaigns of 10 ad sets of 10 ads) and 400 days of history. */
    public static AccountSpec account(String id, int ads) {
        int campaigns = Math.max(1, ads / 100);
        int adSets = ads >= 100 ? 10 : 1;
        int adsEach = ads >= 100 ? 10 : ads;
        return AccountSpec.of(id).withAds(campaigns, adSets, adsEach).withHistoryDays(400);
    }

    public static List<Map<String, Object>> of(
            GraphSimulator simulator, AccountSpec account, int days, UUID brand, UUID run) {
        LocalDate today = simulator.today(account.actId());
        Instant syncedAt = Instant.now();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (InsightRow row : simulator.groundTruth(account.actId(), today.minusDays(days - 1L), today)) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("adAccountId", account.actId());
            values.put("adId", row.adId());
            values.put("date", row.date());
            values.put("brandId", brand);
            values.put("campaignId", row.ad().campaignId());
            values.put("campaignName", row.ad().campaignName());
            values.put("adsetId", row.ad().adsetId());
            values.put("adsetName", row.ad().adsetName());
            values.put("adName", row.ad().adName());
            values.put("currency", account.currency());
            values.put("spend", row.spend());
            values.put("impressions", row.impressions());
            values.put("reach", row.reach());
            values.put("clicks", row.clicks());
            values.put("linkClicks", row.linkClicks());
            values.put("ctr", ratio(BigDecimal.valueOf(row.clicks() * 100), row.impressions(), 6));
            values.put("cpc", row.clicks() == 0 ? null : ratio(row.spend(), row.clicks(), 4));
            values.put("cpm", ratio(row.spend().multiply(BigDecimal.valueOf(1000)), row.impressions(), 4));
            values.put("purchases", row.purchases());
            values.put("purchaseValue", row.purchaseValue());
            values.put("addToCarts", row.addToCarts());
            values.put(
                    "purchaseActionType",
                    row.hasOmniPurchase()
                            ? "omni_purchase"
                            : row.hasPurchase() ? "purchase" : "offsite_conversion.fb_pixel_purchase");
            values.put("syncedAt", syncedAt);
            values.put("syncedByRunId", run);
            rows.add(values);
        }
        return rows;
    }

    private static BigDecimal ratio(BigDecimal numerator, long denominator, int scale) {
        return denominator == 0 ? null : numerator.divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }
}
