package com.viraltracker.scorecard.period;

import java.util.Map;

/**
 * Which days to sum for each account in one query: the linked accounts' own periods, {@code otherAccounts} for
 * rows of any account not among them, and {@code allDays}, the range holding every one of those periods (what the
 * {@code (brand_id, date)} index scan reads).
 */
public record DaysByAccount(Map<String, ReportPeriod> byAccount, ReportPeriod otherAccounts, ReportPeriod allDays) {

    public DaysByAccount {
        byAccount = Map.copyOf(byAccount);
    }
}
