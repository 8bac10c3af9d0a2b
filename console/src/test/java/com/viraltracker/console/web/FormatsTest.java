package com.viraltracker.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private final Formats fmt = new Formats();

    @Test
    void money_carries_its_own_currency() {
        assertThat(fmt.money(new BigDecimal("69697.6"), "USD")).isEqualTo("$69,697.60");
        assertThat(fmt.money(new BigDecimal("1234.5"), "EUR")).isEqualTo("€1,234.50");
        assertThat(fmt.money(new BigDecimal("1234"), "JPY")).isEqualTo("¥1,234");
    }

    @Test
    void a_missing_amount_is_a_dash_and_an_unknown_currency_is_written_out() {
        assertThat(fmt.money(null, "USD")).isEqualTo("—");
        assertThat(fmt.money(new BigDecimal("5"), "XYZ1")).isEqualTo("5.00 XYZ1");
    }

    @Test
    void a_count_of_one_takes_the_singular() {
        assertThat(fmt.count(1, "run")).isEqualTo("1 run");
        assertThat(fmt.count(0, "run")).isEqualTo("0 runs");
        assertThat(fmt.count(1200, "run")).isEqualTo("1,200 runs");
    }

    @Test
    void changes_have_a_direction() {
        assertThat(fmt.change(new BigDecimal("15.44"))).isEqualTo("▲ 15.4%");
        assertThat(fmt.change(new BigDecimal("-0.26"))).isEqualTo("▼ 0.3%");
        assertThat(fmt.points(new BigDecimal("-0.014"))).isEqualTo("▼ 0.01");
        assertThat(fmt.roas(new BigDecimal("2.2349"))).isEqualTo("2.23×");
    }

    @Test
    void times_are_shown_in_the_zone_they_belong_to_with_its_name() {
        Instant sixAmPacific = Instant.parse("2026-01-12T14:00:00Z");

        assertThat(fmt.time(sixAmPacific, "America/Los_Angeles")).isEqualTo("Mon Jan 12, 6:00 AM PST");
        assertThat(fmt.zone("America/Los_Angeles")).isEqualTo("Pacific Time (America/Los_Angeles)");
        assertThat(fmt.hour(0)).isEqualTo("12 AM");
        assertThat(fmt.hour(13)).isEqualTo("1 PM");
    }

    @Test
    void durations_read_at_their_scale() {
        assertThat(fmt.duration(Duration.ofMillis(450))).isEqualTo("450 ms");
        assertThat(fmt.duration(Duration.ofMillis(12_340))).isEqualTo("12.3 s");
        assertThat(fmt.duration(Duration.ofSeconds(185))).isEqualTo("3 min 5 s");
    }
}
