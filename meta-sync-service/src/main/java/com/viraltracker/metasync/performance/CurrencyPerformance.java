package com.viraltracker.metasync.performance;

import com.viraltracker.events.serde.SnakeCase;
import java.util.List;

/**
 * The rows of the brand's accounts in one currency, and their totals: amounts of two currencies are never added.
 * {@code row_count} is how many rows the currency has in the period; {@code rows} holds the first of them up to the
 * query's limit.
 */
@SnakeCase
public record CurrencyPerformance(String currency, Metrics totals, long rowCount, List<PerformanceLine> rows) {}
