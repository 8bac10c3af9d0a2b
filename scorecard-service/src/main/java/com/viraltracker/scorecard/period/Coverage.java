package com.viraltracker.scorecard.period;

import com.viraltracker.events.serde.SnakeCase;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * What a group of accounts covers, said once: from the earliest first day to the latest last day of their periods,
 * with the one zone they share. When their zones differ {@code timeZone} is absent; when their periods differ too
 * {@code sharedPeriod} is false and only {@code accounts} tells which days each account covers.
 */
@SnakeCase
public record Coverage(
        ReportPeriod period,
        ReportPeriod previousPeriod,
        String timeZone,
        boolean sharedPeriod,
        List<AccountPeriod> accounts) {

    public static Coverage of(Collection<AccountPeriod> accounts) {
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("a coverage needs at least one account period");
        }
        List<AccountPeriod> sorted = accounts.stream()
                .sorted(Comparator.comparing(
                        AccountPeriod::adAccountId, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        List<String> zones =
                sorted.stream().map(AccountPeriod::timeZone).distinct().toList();
        return new Coverage(
                envelope(sorted.stream().map(AccountPeriod::period).toList()),
                envelope(sorted.stream().map(AccountPeriod::previousPeriod).toList()),
                zones.size() == 1 ? zones.get(0) : null,
                sorted.stream().map(AccountPeriod::period).distinct().count() == 1,
                sorted);
    }

    private static ReportPeriod envelope(List<ReportPeriod> periods) {
        return new ReportPeriod(
                periods.stream()
                        .map(ReportPeriod::start)
                        .min(Comparator.naturalOrder())
                        .orElseThrow(),
                periods.stream()
                        .map(ReportPeriod::end)
                        .max(Comparator.naturalOrder())
                        .orElseThrow());
    }
}
