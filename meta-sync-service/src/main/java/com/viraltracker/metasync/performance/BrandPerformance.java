package com.viraltracker.metasync.performance;

import com.viraltracker.events.serde.SnakeCase;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A brand's performance over a period, per currency (sorted by currency code); empty when it has no rows. */
@SnakeCase
public record BrandPerformance(
        UUID brandId, LocalDate from, LocalDate to, String groupBy, List<CurrencyPerformance> currencies) {}
