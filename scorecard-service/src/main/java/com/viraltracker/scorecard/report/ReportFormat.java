package com.viraltracker.scorecard.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * How numbers read in a report: money in its own currency (never converted), ROAS as a multiple, changes with
 * their sign. A missing value (no ROAS without spend, no CPA without purchases) reads as an em dash.
 * NumberFormat is not thread-safe, so each call makes its own.
 */
public final class ReportFormat {
    public static final String MISSING = "—";

    private final Locale locale;

    public ReportFormat(Locale locale) {
        this.locale = locale;
    }

    public String money(BigDecimal amount, String currencyCode) {
        if (amount == null) {
            return MISSING;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        Currency currency = Currency.getInstance(currencyCode);
        format.setCurrency(currency);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        // NumberFormat rounds half-even by default; round half-up like PostgreSQL's round() and a person would.
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /**
     * A ROAS as a multiple, rounded half-up to two decimals like every other figure of the report (the e-mail, the
     * CSV, the demo and the console agree). Prefer {@link #roas(BigDecimal, BigDecimal)} where the totals are at
     * hand: a stored ROAS is already rounded to four decimals, and rounding it again can be off by one cent.
     */
    public String roas(BigDecimal roas) {
        return roas == null ? MISSING : decimal(roas, 2) + "x";
    }

    /** Revenue per unit of spend, rounded once, half-up, from the exact quotient; no spend reads as missing. */
    public String roas(BigDecimal revenue, BigDecimal spend) {
        if (revenue == null || spend == null || spend.signum() == 0) {
            return MISSING;
        }
        return decimal(revenue.divide(spend, 2, RoundingMode.HALF_UP), 2) + "x";
    }

    public String signedRoas(BigDecimal change) {
        return change == null ? MISSING : sign(change) + decimal(change.abs(), 2);
    }

    public String signedPercent(BigDecimal percent) {
        return percent == null ? MISSING : sign(percent) + decimal(percent.abs(), 1) + "%";
    }

    public String percent(BigDecimal percent) {
        return percent == null ? MISSING : decimal(percent, 2) + "%";
    }

    public String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    private String decimal(BigDecimal value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value.setScale(digits, RoundingMode.HALF_UP));
    }

    private static String sign(BigDecimal value) {
        return value.signum() > 0 ? "+" : value.signum() < 0 ? "−" : "±";
    }
}
