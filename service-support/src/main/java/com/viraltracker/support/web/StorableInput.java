package com.viraltracker.support.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * Values that parse but that PostgreSQL cannot store, or would store as something else than was sent. Each check
 * answers the reason a client can act on (never the value), or null when the value is storable.
 *
 * <ul>
 *   <li>text with U+0000: {@code text}, {@code varchar} and strings inside {@code jsonb} refuse it;
 *   <li>text with a UTF-16 surrogate that is not half of a pair: it has no UTF-8 form (the driver would write
 *       {@code ?}, and the JSON writer of a {@code jsonb} column fails);
 *   <li>a floating-point number beyond a double's range: it reads as infinity, which a {@code jsonb} column would
 *       keep as the string {@code "Infinity"};
 *   <li>a decimal beyond {@code numeric}'s range (131,072 digits before the point, 16,383 after);
 *   <li>a date or time outside the years 0001–9999: PostgreSQL's {@code timestamptz} ends in 294276 and
 *       ISO-8601 without an expanded year (what every client writes) in 9999.
 * </ul>
 */
public final class StorableInput {
    static final int NUMERIC_MAX_INTEGER_DIGITS = 131_072;
    static final int NUMERIC_MAX_SCALE = 16_383;
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private StorableInput() {}

    public static String textProblem(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain the character U+0000 (NUL), which cannot be stored";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain an unpaired UTF-16 surrogate (U+D800 to U+DFFF alone), which has no UTF-8 form";
            }
        }
        return null;
    }

    /** For numbers and dates; text goes through {@link #textProblem}. */
    public static String valueProblem(Object value) {
        if (value instanceof Double d && !Double.isFinite(d)) {
            return "must be a finite number (at most about 1.8e308)";
        }
        if (value instanceof Float f && !Float.isFinite(f)) {
            return "must be a finite number (at most about 3.4e38)";
        }
        if (value instanceof BigDecimal d
                && (d.precision() - d.scale() > NUMERIC_MAX_INTEGER_DIGITS || d.scale() > NUMERIC_MAX_SCALE)) {
            return "is a number too large or too precise to be stored";
        }
        if (value instanceof Instant instant) {
            return timeProblem(instant);
        }
        if (value instanceof OffsetDateTime time) {
            return timeProblem(time.toInstant());
        }
        if (value instanceof ZonedDateTime time) {
            return timeProblem(time.toInstant());
        }
        if (value instanceof LocalDateTime time) {
            return yearProblem(time.getYear());
        }
        if (value instanceof LocalDate date) {
            return yearProblem(date.getYear());
        }
        return null;
    }

    private static String timeProblem(Instant instant) {
        return instant.isBefore(EARLIEST) || instant.isAfter(LATEST) ? outOfRange() : null;
    }

    private static String yearProblem(int year) {
        return year < 1 || year > 9999 ? outOfRange() : null;
    }

    private static String outOfRange() {
        return "must be between the years 0001 and 9999";
    }
}
