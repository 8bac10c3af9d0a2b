package com.viraltracker.scorecard.period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** A run of whole days, both ends included, as the dates in {@code meta_ads_performance} count them. */
public record ReportPeriod(LocalDate start, LocalDate end) {

    public ReportPeriod {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("a period needs a start on or before its end: " + start + ".." + end);
        }
    }

    /**
     * The last {@code days} complete days before {@code asOf}, in {@code zone}: the day {@code asOf} falls on is
     * still running, so the period ends the day before.
     */
    public static ReportPeriod endingYesterday(Instant asOf, ZoneId zone, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a period has at least one day, not " + days);
        }
        LocalDate yesterday = LocalDate.ofInstant(asOf, zone).minusDays(1);
        return new ReportPeriod(yesterday.minusDays(days - 1L), yesterday);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The period of equal length that ends the day before this one starts. */
    public ReportPeriod previous() {
        return new ReportPeriod(start.minusDays(days()), start.minusDays(1));
    }

    @Override
    public String toString() {
        return start + " to " + end;
    }
}
