package com.viraltracker.scorecard.scoring;

import com.viraltracker.events.serde.SnakeCase;
import com.viraltracker.scorecard.performance.CurrencyTotals;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Spend, revenue and blended ROAS of one currency over a period; {@code roas} is absent without spend. */
@SnakeCase
public record PeriodFigures(BigDecimal spend, BigDecimal revenue, BigDecimal roas, long purchases) {

    static PeriodFigures of(CurrencyTotals totals) {
        return new PeriodFigures(
                totals.spend(), totals.revenue(), roas(totals.revenue(), totals.spend()), totals.purchases());
    }

    static BigDecimal roas(BigDecimal revenue, BigDecimal spend) {
        return spend.signum() == 0 ? null : revenue.divide(spend, 4, RoundingMode.HALF_UP);
    }
}
