package com.viraltracker.scorecard.performance;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything one currency's accounts spent and earned in their periods; money is never added across currencies.
 *
 * @param adAccountIds the accounts whose rows were summed, sorted
 */
public record CurrencyTotals(String currency, BigDecimal spend, BigDecimal revenue, long purchases,
                             List<String> adAccountIds) {

    public CurrencyTotals {
        adAccountIds = List.copyOf(adAccountIds);
    }

    public static CurrencyTotals none(String currency) {
        return new CurrencyTotals(currency, BigDecimal.ZERO, BigDecimal.ZERO, 0, List.of());
    }
}
