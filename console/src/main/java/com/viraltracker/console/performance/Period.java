package com.viraltracker.console.performance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The days a performance page covers, both ends included: the last 7, 14, 30 or 90 days through today (today in
 * the ad account's zone, as the sync counts days), or a custom range. The previous period is the one of equal
 * length just before, which the KPI tiles compare with.
 *
 * @param choice "7", "14", "30", "90" or "custom"
 * @param errors a custom range's problems by field ({@code from}, {@code to}); the page then shows the last 7 days
 */
public record Period(String choice, LocalDate from, LocalDate to, Map<String, String> errors) {
    public static final List<Integer> CHOICES = List.of(7, 14, 30, 90);
    static final int DEFAULT_DAYS = 7;
    /** meta-sync-service answers ranges of at most 400 days. */
    static final int MAX_DAYS = 400;

    public Period {
        errors = Map.copyOf(errors);
    }

    public static Period lastDays(int days, LocalDate today) {
        return new Period(String.valueOf(days), today.minusDays(days - 1L), today, Map.of());
    }

    /** Reads the page's parameters; anything unusable falls back to the last 7 days, with the reason. */
    public static Period resolve(String choice, String from, String to, LocalDate today) {
        if (choice == null || choice.isBlank()) {
            return lastDays(DEFAULT_DAYS, today);
        }
        if (!"custom".equals(choice)) {
            return CHOICES.stream()
                    .filter(days -> String.valueOf(days).equals(choice))
                    .findFirst()
                    .map(days -> lastDays(days, today))
                    .orElseGet(() -> lastDays(DEFAULT_DAYS, today));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = date(from, "from", errors);
        LocalDate end = date(to, "to", errors);
        if (errors.isEmpty() && end.isBefore(start)) {
            errors.put("to", "The end must be on or after the start.");
        }
        if (errors.isEmpty() && ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            errors.put("from", "Choose at most " + MAX_DAYS + " days.");
        }
        if (!errors.isEmpty()) {
            Period fallback = lastDays(DEFAULT_DAYS, today);
            return new Period("custom", fallback.from, fallback.to, errors);
        }
        return new Period("custom", start, end, Map.of());
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put(field, "Choose a date.");
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.put(field, "Use a date such as 2026-01-31.");
            return null;
        }
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    public Period previous() {
        return new Period(choice, from.minusDays(days()), from.minusDays(1), Map.of());
    }

    /** The query string that shows this period again (sort links keep the period). */
    public String query() {
        return "custom".equals(choice) && errors.isEmpty()
                ? "period=custom&from=" + from + "&to=" + to
                : "period=" + choice;
    }
}
