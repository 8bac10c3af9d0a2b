package com.viraltracker.graphsim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic numbers: each (account, ad, day) has its own seeded generator, so any day can be
 * recomputed on its own as ground truth. Days inside Meta's restatement window also mix in the account's
 * restatement count, so "Meta restated the last 28 days" is one counter increment.
 * <p>
 * Purchases arrive as Meta attributes them: each of a day's purchases has its own attribution lag (seeded: half
 * of them none, the others 1 to {@link #RESTATEMENT_WINDOW_DAYS} days), and the day reports only the purchases
 * whose lag has passed by "today". A day's purchases and revenue therefore keep rising as the days go by and are
 * final once the day is {@link #RESTATEMENT_WINDOW_DAYS} days old; its spend, impressions and clicks are final at
 * once (unless a test restates the account by hand, which redraws every number inside the window).
 */
final class InsightsGenerator {
    /** Meta keeps adjusting attribution for up to 28 days after the day. */
    static final int RESTATEMENT_WINDOW_DAYS = 28;
    /** Keeps the lag generator apart from the day's own. */
    private static final long ATTRIBUTION_SALT = 0x5DEECE66DL;

    private InsightsGenerator() {}

    static InsightRow row(AccountSpec spec, Ad ad, LocalDate date, LocalDate today, int restatements) {
        long age = today.toEpochDay() - date.toEpochDay();
        boolean restatable = age < RESTATEMENT_WINDOW_DAYS;
        long seed = mix(hash(spec.id()), date.toEpochDay(), hash(ad.adId()), restatable ? restatements : 0);
        SplittableRandom random = new SplittableRandom(seed);
        long impressions = 500 + random.nextInt(20_000);
        long reach = impressions * (55 + random.nextInt(40)) / 100;
        long clicks = Math.max(1, impressions * (5 + random.nextInt(30)) / 1000);
        long linkClicks = clicks * (50 + random.nextInt(50)) / 100;
        BigDecimal spend = BigDecimal.valueOf(200 + random.nextInt(40_000), 2);
        long finalPurchases = random.nextInt(100) < 30 ? 0 : random.nextInt(12);
        BigDecimal price = BigDecimal.valueOf(1_500 + random.nextInt(8_000), 2);
        long finalPixelPurchases = finalPurchases == 0 ? 0 : finalPurchases - random.nextInt((int) finalPurchases);
        long addToCarts = finalPurchases + random.nextInt(15);
        long purchases = attributedBy(age, finalPurchases, mix(seed, ATTRIBUTION_SALT));
        long pixelPurchases = Math.min(finalPixelPurchases, purchases);
        BigDecimal purchaseValue = price.multiply(BigDecimal.valueOf(purchases)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal pixelValue =
                price.multiply(BigDecimal.valueOf(pixelPurchases)).setScale(2, RoundingMode.HALF_UP);
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

    /**
     * How many of the day's purchases Meta has attributed when the day is {@code age} days old: half of them at
     * once, the others each after 1 to {@link #RESTATEMENT_WINDOW_DAYS} days.
     */
    private static long attributedBy(long age, long purchases, long seed) {
        if (age >= RESTATEMENT_WINDOW_DAYS) {
            return purchases;
        }
        SplittableRandom lags = new SplittableRandom(seed);
        long attributed = 0;
        for (long purchase = 0; purchase < purchases; purchase++) {
            int lag = lags.nextBoolean() ? 0 : 1 + lags.nextInt(RESTATEMENT_WINDOW_DAYS);
            if (lag <= age) {
                attributed++;
            }
        }
        return attributed;
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
