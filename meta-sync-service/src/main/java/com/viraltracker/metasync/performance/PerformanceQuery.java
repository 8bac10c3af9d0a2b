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
 * account's time zone), what to break it down by, the order of each currency's rows and how many of them to answer
 * with ({@code limit} null: all).
 */
public record PerformanceQuery(LocalDate from, LocalDate to, GroupBy groupBy, RowOrder order, Integer limit) {
    /** Over a year and a month: a year compared with the one before fits, a scan of all history does not. */
    public static final int MAX_DAYS = 400;

    static final String FROM = "from";
    static final String TO = "to";
    static final String GROUP_BY = "group_by";
    static final String SORT = "sort";
    static final String DIRECTION = "direction";
    static final String LIMIT = "limit";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Every row of the breakdown, in its default order. */
    public static PerformanceQuery of(LocalDate from, LocalDate to, GroupBy groupBy) {
        return new PerformanceQuery(from, to, groupBy, RowOrder.defaultFor(groupBy), null);
    }

    /** The query parameters as given, or a 400 problem naming every bad one. */
    static PerformanceQuery parse(String from, String to, String groupBy, String sort, String direction, String limit) {
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
        RowOrder.Column column = sort == null || sort.isBlank()
                ? null
                : RowOrder.Column.fromWireName(sort).orElse(null);
        if (sort != null && !sort.isBlank() && column == null) {
            violations.add(new FieldViolation(SORT, "must be one of " + RowOrder.Column.wireNames()));
        }
        Boolean descending = direction == null || direction.isBlank()
                ? null
                : "desc".equals(direction) ? Boolean.TRUE : "asc".equals(direction) ? Boolean.FALSE : null;
        if (direction != null && !direction.isBlank() && descending == null) {
            violations.add(new FieldViolation(DIRECTION, "must be one of [asc, desc]"));
        }
        Integer rows = limit(limit, violations);
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
        RowOrder order = column == null ? RowOrder.defaultFor(grouping) : RowOrder.naturalFor(column);
        if (descending != null) {
            order = new RowOrder(order.column(), descending);
        }
        return new PerformanceQuery(first, last, grouping, order, rows);
    }

    private static Integer limit(String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int rows = Integer.parseInt(value.trim());
            if (rows >= 1) {
                return rows;
            }
        } catch (NumberFormatException e) {
            // not a whole number: answered below
        }
        violations.add(new FieldViolation(LIMIT, "must be a whole number of at least 1"));
        return null;
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
