package com.viraltracker.graphsim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes a row the way the Insights API does: every number a string, conversions as action arrays. */
final class InsightsJson {
    static final String OMNI_PURCHASE = "omni_purchase";
    static final String PURCHASE = "purchase";
    static final String PIXEL_PURCHASE = "offsite_conversion.fb_pixel_purchase";

    private InsightsJson() {}

    static Map<String, Object> write(InsightRow row, AccountSpec spec, Set<String> fields) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("account_id", spec.id());
        all.put("account_currency", spec.currency());
        all.put("campaign_id", row.ad().campaignId());
        all.put("campaign_name", row.ad().campaignName());
        all.put("adset_id", row.ad().adsetId());
        all.put("adset_name", row.ad().adsetName());
        all.put("ad_id", row.ad().adId());
        all.put("ad_name", row.ad().adName());
        all.put("spend", row.spend().toPlainString());
        all.put("impressions", Long.toString(row.impressions()));
        all.put("reach", Long.toString(row.reach()));
        all.put("clicks", Long.toString(row.clicks()));
        all.put("inline_link_clicks", Long.toString(row.linkClicks()));
        all.put("ctr", ratio(BigDecimal.valueOf(row.clicks() * 100), row.impressions()));
        all.put("cpc", row.clicks() == 0 ? null : ratio(row.spend(), row.clicks()));
        all.put("cpm", ratio(row.spend().multiply(BigDecimal.valueOf(1000)), row.impressions()));
        all.put("actions", actions(row));
        all.put("action_values", actionValues(row));
        if (row.purchases() > 0 && row.spend().signum() > 0) {
            all.put(
                    "purchase_roas",
                    List.of(stat(
                            OMNI_PURCHASE,
                            row.purchaseValue()
                                    .divide(row.spend(), 6, RoundingMode.HALF_UP)
                                    .toPlainString())));
        }
        all.put("date_start", row.date().toString());
        all.put("date_stop", row.date().toString());
        Map<String, Object> out = new LinkedHashMap<>();
        all.forEach((key, value) -> {
            boolean wanted = fields.isEmpty() || fields.contains(key) || key.startsWith("date_");
            if (wanted && value != null) {
                out.put(key, value);
            }
        });
        return out;
    }

    private static List<Map<String, String>> actions(InsightRow row) {
        List<Map<String, String>> actions = new ArrayList<>();
        actions.add(stat("link_click", Long.toString(row.linkClicks())));
        if (row.addToCarts() > 0) {
            actions.add(stat("add_to_cart", Long.toString(row.addToCarts())));
            actions.add(stat("omni_add_to_cart", Long.toString(row.addToCarts())));
            actions.add(stat("offsite_conversion.fb_pixel_add_to_cart", Long.toString(row.addToCarts())));
        }
        if (row.purchases() > 0) {
            if (row.hasOmniPurchase()) {
                actions.add(stat(OMNI_PURCHASE, Long.toString(row.purchases())));
            }
            if (row.hasPurchase()) {
                actions.add(stat(PURCHASE, Long.toString(row.purchases())));
            }
            actions.add(stat(PIXEL_PURCHASE, Long.toString(row.pixelPurchases())));
        }
        return actions;
    }

    private static List<Map<String, String>> actionValues(InsightRow row) {
        List<Map<String, String>> values = new ArrayList<>();
        if (row.purchases() > 0) {
            if (row.hasOmniPurchase()) {
                values.add(stat(OMNI_PURCHASE, row.purchaseValue().toPlainString()));
            }
            if (row.hasPurchase()) {
                values.add(stat(PURCHASE, row.purchaseValue().toPlainString()));
            }
            values.add(stat(PIXEL_PURCHASE, row.pixelPurchaseValue().toPlainString()));
        }
        return values;
    }

    private static Map<String, String> stat(String type, String value) {
        Map<String, String> stat = new LinkedHashMap<>();
        stat.put("action_type", type);
        stat.put("value", value);
        return stat;
    }

    private static String ratio(BigDecimal numerator, long denominator) {
        return denominator == 0
                ? "0"
                : numerator
                        .divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_UP)
                        .toPlainString();
    }
}
