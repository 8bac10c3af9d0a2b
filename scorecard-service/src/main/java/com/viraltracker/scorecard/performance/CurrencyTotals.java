package com.viraltracker.scorecard.performance;

import java.math.BigDecimal;

/** Everything one currency's accounts spent and earned in a period; money is never added across currencies. */
public record CurrencyTotals(String currency, BigDecimal spend, BigDecimal revenue, long purchases) {

    public static CurrencyTotals none(String currency) {
        return new CurrencyTotals(currency, BigDecimal.ZERO, BigDecimal.ZERO, 0);
    }
}
