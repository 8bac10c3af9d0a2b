package com.viraltracker.console.api;

import java.util.List;

/**
 * A brand's performance in one currency: never added to another currency's. {@code rowCount}: how many rows the
 * currency has in the period, of which {@code rows} are the first when the answer was limited.
 */
public record CurrencyPerformance(String currency, Metrics totals, long rowCount, List<PerformanceRow> rows) {
    public CurrencyPerformance {
        rows = rows == null ? List.of() : List.copyOf(rows);
        totals = totals == null ? Metrics.NONE : totals;
    }
}
