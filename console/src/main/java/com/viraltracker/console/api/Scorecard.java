package com.viraltracker.console.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One stored scorecard with its evaluated ads (by currency, then category, then rank). */
public record Scorecard(
        UUID id,
        UUID runId,
        UUID brandId,
        ReportPeriod period,
        ReportPeriod previousPeriod,
        String timeZone,
        Map<String, Object> parameters,
        Instant createdAt,
        ScorecardSummary summary,
        List<Ad> ads,
        String emailedTo,
        Instant emailedAt) {

    public Scorecard {
        ads = ads == null ? List.of() : List.copyOf(ads);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    public List<Ad> ads(String currency) {
        return ads.stream().filter(ad -> ad.currency().equals(currency)).toList();
    }

    /** An evaluated ad: its category (top_performer, needs_attention, in_between), rank and numbers. */
    public record Ad(
            String currency,
            String category,
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
            BigDecimal ctr) {}
}
