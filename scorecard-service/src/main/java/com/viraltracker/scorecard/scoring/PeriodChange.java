package com.viraltracker.scorecard.scoring;

import com.viraltracker.events.serde.SnakeCase;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * This period against the previous one of equal length. Percentages are absent when the previous period had
 * nothing to compare with (a change from zero is not a percentage).
 *
 * @param spendPercent   change of spend in percent, one decimal
 * @param revenuePercent change of revenue in percent, one decimal
 * @param roas           change of blended ROAS in ROAS points (2.10 → 2.45 is +0.35)
 */
@SnakeCase
public record PeriodChange(BigDecimal spendPercent, BigDecimal revenuePercent, BigDecimal roas) {

    static PeriodChange between(PeriodFigures previous, PeriodFigures current) {
        return new PeriodChange(
                percent(previous.spend(), current.spend()),
                percent(previous.revenue(), current.revenue()),
                previous.roas() == null || current.roas() == null
                        ? null
                        : current.roas().subtract(previous.roas()));
    }

    private static BigDecimal percent(BigDecimal before, BigDecimal after) {
        if (before.signum() == 0) {
            return null;
        }
        return after.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
    }
}
