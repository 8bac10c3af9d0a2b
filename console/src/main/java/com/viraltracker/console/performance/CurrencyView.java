package com.viraltracker.console.performance;

import com.viraltracker.console.api.PerformanceRow;
import java.util.List;

/**
 * One currency's part of the page: its tiles, its daily chart, and its ads (never mixed with another currency's).
 *
 * @param ads      the ads shown, sorted, at most {@link PerformanceView#MAX_ADS}
 * @param adsTotal how many ads the currency has in the period
 */
public record CurrencyView(
        String currency, List<KpiTile> tiles, String chart, List<PerformanceRow> ads, long adsTotal) {}
