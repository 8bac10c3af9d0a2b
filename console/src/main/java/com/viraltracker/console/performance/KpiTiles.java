package com.viraltracker.console.performance;

import com.viraltracker.console.api.Metrics;
import com.viraltracker.console.web.Formats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The tiles of one currency: spend, revenue, ROAS, purchases, CPA and CTR, each against the previous period. */
final class KpiTiles {
    private KpiTiles() {}

    static List<KpiTile> of(Metrics now, Metrics before, String currency, Formats fmt) {
        return List.of(
                tile(
                        "Spend",
                        fmt.money(now.spend(), currency),
                        fmt.money(before.spend(), currency),
                        percentChange(before.spend(), now.spend()),
                        Direction.NEUTRAL,
                        fmt),
                tile(
                        "Revenue",
                        fmt.money(now.revenue(), currency),
                        fmt.money(before.revenue(), currency),
                        percentChange(before.revenue(), now.revenue()),
                        Direction.UP_IS_GOOD,
                        fmt),
                points(
                        "ROAS",
                        fmt.roas(now.roas()),
                        fmt.roas(before.roas()),
                        difference(before.roas(), now.roas()),
                        fmt),
                tile(
                        "Purchases",
                        fmt.count(now.purchases()),
                        fmt.count(before.purchases()),
                        percentChange(BigDecimal.valueOf(before.purchases()), BigDecimal.valueOf(now.purchases())),
                        Direction.UP_IS_GOOD,
                        fmt),
                tile(
                        "CPA",
                        fmt.money(now.cpa(), currency),
                        fmt.money(before.cpa(), currency),
                        percentChange(before.cpa(), now.cpa()),
                        Direction.DOWN_IS_GOOD,
                        fmt),
                tile(
                        "CTR",
                        fmt.percent(now.ctrPercent()),
                        fmt.percent(before.ctrPercent()),
                        percentChange(before.ctrPercent(), now.ctrPercent()),
                        Direction.UP_IS_GOOD,
                        fmt));
    }

    /** Percent change from {@code before} to {@code now}; none when there is nothing to compare with. */
    static BigDecimal percentChange(BigDecimal before, BigDecimal now) {
        if (before == null || now == null || before.signum() == 0) {
            return null;
        }
        return now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
    }

    static BigDecimal difference(BigDecimal before, BigDecimal now) {
        return before == null || now == null ? null : now.subtract(before);
    }

    private static KpiTile tile(
            String label, String value, String previous, BigDecimal change, Direction direction, Formats fmt) {
        return new KpiTile(label, value, fmt.change(change), direction.trend(change), previous);
    }

    private static KpiTile points(String label, String value, String previous, BigDecimal change, Formats fmt) {
        return new KpiTile(label, value, fmt.points(change), Direction.UP_IS_GOOD.trend(change), previous);
    }

    private enum Direction {
        UP_IS_GOOD,
        DOWN_IS_GOOD,
        NEUTRAL;

        String trend(BigDecimal change) {
            if (change == null || change.signum() == 0 || this == NEUTRAL) {
                return "neutral";
            }
            boolean up = change.signum() > 0;
            return up == (this == UP_IS_GOOD) ? "good" : "bad";
        }
    }
}
