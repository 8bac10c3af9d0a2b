package com.viraltracker.console.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** meta-sync-service's answer for a brand's period, grouped by day, ad or campaign, one section per currency. */
public record Performance(
        UUID brandId, LocalDate from, LocalDate to, String groupBy, List<CurrencyPerformance> currencies) {
    public Performance {
        currencies = currencies == null ? List.of() : List.copyOf(currencies);
    }

    public Optional<CurrencyPerformance> currency(String code) {
        return currencies.stream()
                .filter(section -> section.currency().equals(code))
                .findFirst();
    }
}
