package com.viraltracker.metasync.sync;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row of {@code meta_ads_performance}: an ad's numbers for one day in the account's time zone. */
public record PerformanceRow(
        String adAccountId,
        String adId,
        LocalDate date,
        UUID brandId,
        String campaignId,
        String campaignName,
        String adsetId,
        String adsetName,
        String adName,
        String currency,
        BigDecimal spend,
        long impressions,
        long reach,
        long clicks,
        long linkClicks,
        BigDecimal ctr,
        BigDecimal cpc,
        BigDecimal cpm,
        long purchases,
        BigDecimal purchaseValue,
        long addToCarts,
        String purchaseActionType,
        Instant syncedAt,
        UUID syncedByRunId) {}
