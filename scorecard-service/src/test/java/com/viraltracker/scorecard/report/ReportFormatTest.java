package com.viraltracker.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
    private final ReportFormat us = new ReportFormat(Locale.US);

    @Test
    void writes_money_in_the_accounts_own_currency_with_its_minor_units() {
        assertThat(us.money(new BigDecimal("1234.5"), "USD")).isEqualTo("$1,234.50");
        assertThat(us.money(new BigDecimal("1234.5"), "EUR")).isEqualTo("€1,234.50");
        assertThat(us.money(new BigDecimal("12345.00"), "JPY")).isEqualTo("¥12,345");
        assertThat(us.money(new BigDecimal("1.2345"), "KWD")).isEqualTo("KWD1.235");
        assertThat(us.money(null, "USD")).isEqualTo("—");
    }

    @Test
    void follows_the_configured_locale() {
        assertThat(new ReportFormat(Locale.GERMANY).money(new BigDecimal("1234.5"), "EUR"))
                .isEqualTo("1.234,50\u00a0€"); // no-break space
    }

    @Test
    void writes_roas_as_a_multiple_and_changes_with_their_sign() {
        assertThat(us.roas(new BigDecimal("1.8824"))).isEqualTo("1.88x");
        assertThat(us.roas(new BigDecimal("2.0000"))).isEqualTo("2.00x");
        assertThat(us.roas(null)).isEqualTo("—");
        assertThat(us.signedRoas(new BigDecimal("0.3182"))).isEqualTo("+0.32");
        assertThat(us.signedRoas(new BigDecimal("-0.5"))).isEqualTo("−0.50");
        assertThat(us.signedPercent(new BigDecimal("33.3"))).isEqualTo("+33.3%");
        assertThat(us.signedPercent(new BigDecimal("-100.0"))).isEqualTo("−100.0%");
        assertThat(us.signedPercent(BigDecimal.ZERO)).isEqualTo("±0.0%");
        assertThat(us.signedPercent(null)).isEqualTo("—");
    }

    @Test
    void rounds_roas_half_up_to_the_shown_two_decimals() {
        assertThat(us.roas(new BigDecimal("2.1671"))).isEqualTo("2.17x");
        assertThat(us.roas(new BigDecimal("2.1650"))).isEqualTo("2.17x");
        assertThat(us.roas(new BigDecimal("2.1649"))).isEqualTo("2.16x");
        assertThat(us.roas(new BigDecimal("0.7050"))).isEqualTo("0.71x");
        assertThat(us.roas(new BigDecimal("0.9996"))).isEqualTo("1.00x");
        assertThat(us.roas(new BigDecimal("1.9949"))).isEqualTo("1.99x");
    }

    @Test
    void rounds_roas_once_from_the_totals() {
        // The demo report's ad: $2,637.88 of revenue on $1,217.25 of spend is 2.1671..., shown "2.16x" when cut.
        assertThat(us.roas(new BigDecimal("2637.88"), new BigDecimal("1217.25")))
                .isEqualTo("2.17x");
        // 2.164996...: four decimals first would make it 2.1650 and then 2.17; rounded once it is 2.16.
        assertThat(us.roas(new BigDecimal("2164.996"), new BigDecimal("1000"))).isEqualTo("2.16x");
        assertThat(us.roas(new BigDecimal("2165"), new BigDecimal("1000"))).isEqualTo("2.17x");
        assertThat(us.roas(new BigDecimal("10"), BigDecimal.ZERO)).isEqualTo("—");
        assertThat(us.roas(null, new BigDecimal("10"))).isEqualTo("—");
    }
}
