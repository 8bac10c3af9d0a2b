package com.viraltracker.metasync.performance;

import com.viraltracker.events.parameters.FieldViolation;
import com.viraltracker.support.web.FieldProblemException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A period of whole days, both ends included, as {@code meta_ads_performance.date} counts them (days in each ad
 * account's time zone), and what to break it down by.
 */
public record PerformanceQuery(LocalDate from, LocalDate to, GroupBy groupBy) {
    /** Over a year and a month: a year compared with the one before fits, a scan of all history does not. */
    public static final int MAX_DAYS = 400;

    static final String FROM = "from";
    static final String TO = "to";
    static final String GROUP_BY = "group_by";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The query parameters as given, or a 400 problem naming every bad one. */
    static PerformanceQuery parse(String from, String to, String groupBy) {
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate first = date(FROM, from, violations);
        LocalDate last = date(TO, to, violations);
        // An empty value (a form's default option) is the default breakdown, by day.
        GroupBy grouping = groupBy == null || groupBy.isBlank()
                ? GroupBy.DAY
                : GroupBy.fromWireName(groupBy).orElse(null);
        if (grouping == null) {
            violations.add(new FieldViolation(GROUP_BY, "must be one of " + GroupBy.wireNames()));
        }
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                violations.add(new FieldViolation(TO, "must not be before from (" + first + ")"));
            } else if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
                violations.add(new FieldViolation(
                        TO,
                        "must be at most " + MAX_DAYS + " days from from, both included (the period has "
                                + (ChronoUnit.DAYS.between(first, last) + 1) + " days)"));
            }
        }
        if (!violations.isEmpty()) {
            throw new FieldProblemException(violations);
        }
        return new PerformanceQuery(first, last, grouping);
    }

    private static LocalDate date(String field, String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "is required, as YYYY-MM-DD"));
            return null;
        }
        if (ISO_DATE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeException e) {
                // a well-formed date that does not exist, such as 2026-02-30: answered below
            }
        }
        violations.add(new FieldViolation(field, "must be a date as YYYY-MM-DD"));
        return null;
    }
}
