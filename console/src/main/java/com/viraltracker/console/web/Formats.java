package com.viraltracker.console.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How numbers, money and times read on every page ({@code ${@fmt.money(spend, 'USD')}} in templates). Money
 * always carries its currency; a missing value is a dash, never a zero.
 */
@Component("fmt")
public class Formats {
    public static final String NONE = "—";
    private static final Locale LOCALE = Locale.US;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", LOCALE);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MMM d", LOCALE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE MMM d, h:mm a z", LOCALE);

    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(LOCALE);
        try {
            Currency code = Currency.getInstance(currency);
            format.setCurrency(code);
            format.setMinimumFractionDigits(Math.max(code.getDefaultFractionDigits(), 0));
            format.setMaximumFractionDigits(Math.max(code.getDefaultFractionDigits(), 0));
        } catch (IllegalArgumentException | NullPointerException e) {
            return amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + currency;
        }
        return format.format(amount);
    }

    public String count(long value) {
        return NumberFormat.getIntegerInstance(LOCALE).format(value);
    }

    /** A count with its noun, plural but for one: {@code 1 run}, {@code 12 runs}. */
    public String count(long value, String noun) {
        return count(value) + " " + (value == 1 ? noun : noun + "s");
    }

    /** Return on ad spend as a multiple: {@code 2.23×}. */
    public String roas(BigDecimal roas) {
        return roas == null ? NONE : roas.setScale(2, RoundingMode.HALF_UP).toPlainString() + "×";
    }

    public String percent(BigDecimal percent) {
        return percent == null
                ? NONE
                : percent.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A change in percent with its direction: {@code ▲ 15.4%}, {@code ▼ 0.3%}, {@code ± 0.0%}. */
    public String change(BigDecimal percent) {
        if (percent == null) {
            return NONE;
        }
        BigDecimal rounded = percent.setScale(1, RoundingMode.HALF_UP);
        return arrow(rounded) + " " + rounded.abs().toPlainString() + "%";
    }

    /** A change of ROAS in points: {@code ▲ 0.35}. */
    public String points(BigDecimal points) {
        if (points == null) {
            return NONE;
        }
        BigDecimal rounded = points.setScale(2, RoundingMode.HALF_UP);
        return arrow(rounded) + " " + rounded.abs().toPlainString();
    }

    private static String arrow(BigDecimal value) {
        return value.signum() > 0 ? "▲" : value.signum() < 0 ? "▼" : "±";
    }

    public String date(LocalDate date) {
        return date == null ? NONE : DATE.format(date);
    }

    public String shortDate(LocalDate date) {
        return date == null ? NONE : SHORT_DATE.format(date);
    }

    /** An instant in the given zone, the zone's abbreviation shown: {@code Mon Jan 12, 6:02 AM PST}. */
    public String time(Instant instant, String zone) {
        if (instant == null) {
            return NONE;
        }
        return TIME.format(instant.atZone(zoneOrUtc(zone)));
    }

    public String duration(Duration duration) {
        if (duration == null) {
            return NONE;
        }
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return BigDecimal.valueOf(millis).divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP) + " s";
        }
        return duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
    }

    /** {@code 6 AM}, {@code 12 PM}, {@code 11 PM}. */
    public String hour(int hour) {
        int twelve = hour % 12 == 0 ? 12 : hour % 12;
        return twelve + (hour < 12 ? " AM" : " PM");
    }

    /** {@code Pacific Time (America/Los_Angeles)}. */
    public String zone(String zone) {
        ZoneId id = zoneOrUtc(zone);
        return id.getDisplayName(TextStyle.FULL_STANDALONE, LOCALE).replace(" Standard Time", " Time") + " ("
                + id.getId() + ")";
    }

    static ZoneId zoneOrUtc(String zone) {
        try {
            return zone == null ? ZoneId.of("UTC") : ZoneId.of(zone);
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
