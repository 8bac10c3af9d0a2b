package com.viraltracker.graphsim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic numbers: each (account, ad, day) has its own seeded generator, so any day can be
 * recomputed on its own as ground truth. Days inside Meta's restatement window also mix in the account's
 * restatement count, so "Meta restated the last 28 days" is one counter increment.
 */
final class InsightsGenerator {
    /** Meta keeps adjusting attribution for up to 28 days after the day. */
    static final int RESTATEMENT_WINDOW_DAYS = 28;

    private InsightsGenerator() {}

    static InsightRow row(AccountSpec spec, Ad ad, LocalDate date, LocalDate today, int restatements) {
        boolean restatable = !date.isBefore(today.minusDays(RESTATEMENT_WINDOW_DAYS - 1L));
        long seed = mix(hash(spec.id()), date.toEpochDay(), hash(ad.adId()), restatable ? restatements : 0);
        SplittableRandom random = new SplittableRandom(seed);
        long impressions = 500 + random.nextInt(20_000);
        long reach = impressions * (55 + random.nextInt(40)) / 100;
        long clicks = Math.max(1, impressions * (5 + random.nextInt(30)) / 1000);
        long linkClicks = clicks * (50 + random.nextInt(50)) / 100;
        BigDecimal spend = BigDecimal.valueOf(200 + random.nextInt(40_000), 2);
        long purchases = random.nextInt(100) < 30 ? 0 : random.nextInt(12);
        BigDecimal price = BigDecimal.valueOf(1_500 + random.nextInt(8_000), 2);
        BigDecimal purchaseValue = price.multiply(BigDecimal.valueOf(purchases)).setScale(2, RoundingMode.HALF_UP);
        long pixelPurchases = purchases == 0 ? 0 : purchases - random.nextInt((int) purchases);
        BigDecimal pixelValue =
                price.multiply(BigDecimal.valueOf(pixelPurchases)).setScale(2, RoundingMode.HALF_UP);
        long addToCarts = purchases + random.nextInt(15);
        // Some rows lack omni_purchase (older pixels), some lack purchase: a sync must pick by precedence.
        int shape = random.nextInt(10);
        boolean hasOmni = shape != 0;
        boolean hasPurchase = shape != 1 || !hasOmni;
        return new InsightRow(
                spec.id(),
                ad,
                date,
                spend,
                impressions,
                reach,
                clicks,
                linkClicks,
                purchases,
                purchaseValue,
                addToCarts,
                pixelPurchases,
                pixelValue,
                hasOmni,
                hasPurchase);
    }

    private static long hash(String text) {
        long h = 1125899906842597L;
        for (int i = 0; i < text.length(); i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    private static long mix(long... values) {
        long h = 0x9E3779B97F4A7C15L;
        for (long value : values) {
            h ^= value + 0x9E3779B97F4A7C15L + (h << 6) + (h >>> 2);
            h *= 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return h;
    }
}
