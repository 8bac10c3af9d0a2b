package com.viraltracker.console.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void the_last_seven_days_run_through_today_like_the_sync() {
        Period period = Period.resolve("7", null, null, TODAY);

        assertThat(period.from()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(period.to()).isEqualTo(TODAY);
        assertThat(period.days()).isEqualTo(7);
    }

    @Test
    void the_previous_period_is_as_long_and_ends_the_day_before() {
        Period previous = Period.resolve("30", null, null, TODAY).previous();

        assertThat(previous.to()).isEqualTo(LocalDate.of(2026, 2, 8));
        assertThat(previous.days()).isEqualTo(30);
    }

    @Test
    void an_unknown_choice_shows_the_last_seven_days() {
        assertThat(Period.resolve("365", null, null, TODAY).choice()).isEqualTo("7");
        assertThat(Period.resolve(null, null, null, TODAY).days()).isEqualTo(7);
    }

    @Test
    void a_custom_range_is_taken_as_given() {
        Period period = Period.resolve("custom", "2026-01-01", "2026-01-31", TODAY);

        assertThat(period.errors()).isEmpty();
        assertThat(period.days()).isEqualTo(31);
        assertThat(period.query()).isEqualTo("period=custom&from=2026-01-01&to=2026-01-31");
    }

    @Test
    void a_custom_range_ending_before_it_starts_names_the_end() {
        Period period = Period.resolve("custom", "2026-02-01", "2026-01-01", TODAY);

        assertThat(period.errors()).containsOnlyKeys("to");
        assertThat(period.days()).isEqualTo(7);
    }

    @Test
    void a_custom_range_longer_than_the_service_answers_names_the_start() {
        Period period = Period.resolve("custom", "2024-01-01", "2026-01-01", TODAY);

        assertThat(period.errors()).containsOnlyKeys("from");
    }

    @Test
    void a_date_that_is_not_one_is_named() {
        Period period = Period.resolve("custom", "yesterday", "", TODAY);

        assertThat(period.errors()).containsOnlyKeys("from", "to");
    }
}
