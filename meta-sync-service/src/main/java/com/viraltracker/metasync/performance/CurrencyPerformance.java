package com.viraltracker.metasync.performance;

import com.viraltracker.events.serde.SnakeCase;
import java.util.List;

/** The rows of the brand's accounts in one currency, and their totals: amounts of two currencies are never added. */
@SnakeCase
public record CurrencyPerformance(String currency, Metrics totals, List<PerformanceLine> rows) {}
