package com.viraltracker.metasync.sync;

import com.facebook.ads.sdk.AdsActionStats;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Meta reports one purchase under several overlapping action types ({@code omni_purchase} counts web, app and
 * offline; {@code purchase} and the pixel's {@code offsite_conversion.fb_pixel_purchase} are subsets), so
 * summing them over-counts. We read exactly one type, the first present in {@link #PURCHASE_PRECEDENCE}, and
 * take the value from the same type; add-to-carts likewise by {@link #ADD_TO_CART_PRECEDENCE}. The chosen
 * purchase type is stored in {@code purchase_action_type}.
 */
public final class PurchaseActions {
    public static final List<String> PURCHASE_PRECEDENCE =
            List.of("omni_purchase", "purchase", "offsite_conversion.fb_pixel_purchase");
    public static final List<String> ADD_TO_CART_PRECEDENCE =
            List.of("omni_add_to_cart", "add_to_cart", "offsite_conversion.fb_pixel_add_to_cart");

    private PurchaseActions() {}

    /** The purchase type this row reports, by precedence. */
    static Optional<String> purchaseType(List<AdsActionStats> actions) {
        return firstPresent(actions, PURCHASE_PRECEDENCE);
    }

    static long count(List<AdsActionStats> actions, String type) {
        return value(actions, type).map(BigDecimal::longValue).orElse(0L);
    }

    static BigDecimal amount(List<AdsActionStats> values, String type) {
        return value(values, type).orElse(BigDecimal.ZERO);
    }

    static long addToCarts(List<AdsActionStats> actions) {
        return firstPresent(actions, ADD_TO_CART_PRECEDENCE)
                .map(type -> count(actions, type))
                .orElse(0L);
    }

    private static Optional<String> firstPresent(List<AdsActionStats> actions, List<String> precedence) {
        if (actions == null) {
            return Optional.empty();
        }
        return precedence.stream()
                .filter(type -> actions.stream().anyMatch(stat -> type.equals(stat.getFieldActionType())))
                .findFirst();
    }

    private static Optional<BigDecimal> value(List<AdsActionStats> stats, String type) {
        if (stats == null || type == null) {
            return Optional.empty();
        }
        return stats.stream()
                .filter(stat -> type.equals(stat.getFieldActionType()))
                .map(AdsActionStats::getFieldValue)
                .filter(v -> v != null && !v.isBlank())
                .map(BigDecimal::new)
                .findFirst();
    }
}
