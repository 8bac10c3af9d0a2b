package com.viraltracker.scorecard.report;

import com.viraltracker.scorecard.scoring.CurrencySummary;
import com.viraltracker.scorecard.scoring.Scorecard;
import java.util.stream.Collectors;

/** The one-line headline of a scorecard: the page title and the e-mail subject. */
public final class ReportTitle {
    private ReportTitle() {}

    public static String of(Scorecard scorecard, ReportFormat format) {
        String title = "Ad scorecard " + scorecard.period().start() + " to "
                + scorecard.period().end();
        if (!scorecard.summary().hasData()) {
            return title + ": no ad performance data";
        }
        return title + ": "
                + scorecard.summary().currencies().stream()
                        .filter(section -> section.current().spend().signum() > 0)
                        .map(section -> headline(section, format))
                        .collect(Collectors.joining("; "));
    }

    private static String headline(CurrencySummary section, ReportFormat format) {
        return format.money(section.current().spend(), section.currency()) + " spent, ROAS "
                + format.roas(section.current().revenue(), section.current().spend());
    }
}
