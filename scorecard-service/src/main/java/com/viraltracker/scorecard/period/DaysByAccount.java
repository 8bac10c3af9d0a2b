package com.viraltracker.scorecard.period;

import java.util.Map;
import java.util.Optional;

/**
 * Which days to sum for each account in one query: the linked accounts' own periods, {@code otherAccounts} for
 * rows of any account not among them, and {@code allDays}, the range holding every one of those periods (what the
 * {@code (brand_id, date)} index scan reads).
 */
public record DaysByAccount(Map<String, ReportPeriod> byAccount, ReportPeriod otherAccounts, ReportPeriod allDays) {

    public DaysByAccount {
        byAccount = Map.copyOf(byAccount);
    }

    /**
     * The one period of every account's rows, when each linked account's period is the other accounts' (all in
     * the configured zone, or in zones whose days end together), so the rows need no per-account days.
     */
    public Optional<ReportPeriod> sharedByAll() {
        return byAccount.values().stream().allMatch(otherAccounts::equals)
                ? Optional.of(otherAccounts)
                : Optional.empty();
    }
}
