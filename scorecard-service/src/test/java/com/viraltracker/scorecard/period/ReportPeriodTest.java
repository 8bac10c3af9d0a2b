package com.viraltracker.scorecard.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Test
    void ends_yesterday_in_the_accounts_time_zone() {
        // 06:00 UTC on Tuesday the 13th is still Monday evening in Los Angeles.
        Instant asOf = Instant.parse("2026-01-13T06:00:00Z");
        assertThat(ReportPeriod.endingYesterday(asOf, LOS_ANGELES, 7)).isEqualTo(period("2026-01-05", "2026-01-11"));
        assertThat(ReportPeriod.endingYesterday(asOf, ZoneId.of("UTC"), 7))
                .isEqualTo(period("2026-01-06", "2026-01-12"));
    }

    @Test
    void one_day_back_is_just_yesterday() {
        assertThat(ReportPeriod.endingYesterday(Instant.parse("2026-03-02T17:00:00Z"), LOS_ANGELES, 1))
                .isEqualTo(period("2026-03-01", "2026-03-01"));
    }

    @Test
    void the_previous_period_has_the_same_length_and_ends_the_day_before() {
        ReportPeriod week = period("2026-03-01", "2026-03-07"); // across the end of February
        assertThat(week.days()).isEqualTo(7);
        assertThat(week.previous()).isEqualTo(period("2026-02-22", "2026-02-28"));
        assertThat(period("2026-01-01", "2026-01-30").previous()).isEqualTo(period("2025-12-02", "2025-12-31"));
    }

    @Test
    void a_day_with_a_daylight_saving_change_is_still_one_day() {
        // 2026-03-08 is 23 hours long in Los Angeles.
        assertThat(ReportPeriod.endingYesterday(Instant.parse("2026-03-09T16:00:00Z"), LOS_ANGELES, 2))
                .isEqualTo(period("2026-03-07", "2026-03-08"));
    }

    private static ReportPeriod period(String start, String end) {
        return new ReportPeriod(LocalDate.parse(start), LocalDate.parse(end));
    }
}
