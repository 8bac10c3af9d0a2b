package com.viraltracker.scorecard.report;

import com.viraltracker.scorecard.period.AccountPeriod;
import com.viraltracker.scorecard.period.Coverage;
import com.viraltracker.scorecard.scoring.Scorecard;
import java.util.stream.Collectors;

/**
 * Says in words which days a report covers. Each ad account is summed over its own last days, so a reader must be
 * told when a section's accounts did not all end on the same day.
 */
final class PeriodText {
    private PeriodText() {}

    /** The report's opening line. Periods of equal length span more days only when they differ. */
    static String ofScorecard(Scorecard scorecard) {
        int days = scorecard.parameters().daysBack();
        if (scorecard.period().days() == days) {
            String zone = scorecard.timeZone() == null ? "in each ad account's time zone" : scorecard.timeZone();
            return "%s (%d days, %s), compared with %s."
                    .formatted(scorecard.period(), days, zone, scorecard.previousPeriod());
        }
        return ("The last %d complete days in each ad account's own time zone, %s in all, compared with %s. "
                        + "Each currency says which days its accounts cover.")
                .formatted(days, scorecard.period(), scorecard.previousPeriod());
    }

    /** One sentence when the section's accounts share their days, else the days of each account. */
    static String ofSection(Coverage coverage) {
        if (coverage.sharedPeriod()) {
            String zones = coverage.accounts().stream()
                    .map(PeriodText::zone)
                    .distinct()
                    .collect(Collectors.joining(", "));
            return "Covers %s (%s), compared with %s.".formatted(coverage.period(), zones, coverage.previousPeriod());
        }
        return "Each ad account over its own days: "
                + coverage.accounts().stream()
                        .map(account -> "%s %s (%s), compared with %s"
                                .formatted(
                                        account.adAccountId(),
                                        account.period(),
                                        zone(account),
                                        account.previousPeriod()))
                        .collect(Collectors.joining("; "))
                + ".";
    }

    private static String zone(AccountPeriod account) {
        return account.linked()
                ? account.timeZone()
                : account.timeZone() + ", the configured zone: " + account.adAccountId() + " is no longer linked";
    }
}
