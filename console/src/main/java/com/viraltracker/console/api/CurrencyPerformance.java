package com.viraltracker.console.api;

import java.util.List;

/** A brand's performance in one currency: never added to another currency's. */
public record CurrencyPerformance(String currency, Metrics totals, List<PerformanceRow> rows) {
    public CurrencyPerformance {
        rows = rows == null ? List.of() : List.copyOf(rows);
        totals = totals == null ? Metrics.NONE : totals;
    }
}
