package com.viraltracker.scheduler.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CronScheduleTest {
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    @Test
    void reads_the_seeds_five_field_daily_cron_in_pacific_time() {
        CronSchedule daily = CronSchedule.parse("0 6 * * *", "America/Los_Angeles");
        Instant next = daily.nextAfter(at(LOS_ANGELES, "2026-01-10T07:00"));
        assertThat(next).isEqualTo(at(LOS_ANGELES, "2026-01-11T06:00"));
        assertThat(next).isEqualTo(Instant.parse("2026-01-11T14:00:00Z"));
    }

    @Test
    void reads_the_seeds_weekly_monday_cron() {
        CronSchedule weekly = CronSchedule.parse("0 9 * * 1", "America/Los_Angeles");
        // 2026-01-10 is a Saturday.
        assertThat(weekly.nextAfter(at(LOS_ANGELES, "2026-01-10T12:00")))
                .isEqualTo(at(LOS_ANGELES, "2026-01-12T09:00"));
    }

    @Test
    void understands_macros_and_sunday_as_zero_or_seven() {
        assertThat(CronSchedule.parse("@daily", "UTC").nextAfter(Instant.parse("2026-03-01T10:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
        Instant saturday = Instant.parse("2026-01-10T12:00:00Z");
        assertThat(CronSchedule.parse("0 8 * * 0", "UTC").nextAfter(saturday))
                .isEqualTo(CronSchedule.parse("0 8 * * 7", "UTC").nextAfter(saturday))
                .isEqualTo(Instant.parse("2026-01-11T08:00:00Z"));
    }

    @Test
    void rejects_six_field_expressions_garbage_and_unknown_zones_with_a_reason() {
        assertThatThrownBy(() -> CronSchedule.parse("0 0 6 * * *", "UTC")).hasMessageContaining("expected 5 fields");
        assertThatThrownBy(() -> CronSchedule.parse("61 * * * *", "UTC")).hasMessageContaining("not a valid cron");
        assertThatThrownBy(() -> CronSchedule.parse("0 6 * * *", "Mars/Olympus"))
                .hasMessageContaining("unknown time zone");
        assertThatThrownBy(() -> CronSchedule.parse(" ", "UTC")).hasMessageContaining("required");
    }

    @Test
    void spring_forward_in_los_angeles_runs_a_missing_local_time_at_the_first_valid_instant() {
        // 2026-03-08: clocks jump from 02:00 PST to 03:00 PDT; 02:30 does not exist that day.
        CronSchedule schedule = CronSchedule.parse("30 2 * * *", "America/Los_Angeles");
        Instant beforeGap = at(LOS_ANGELES, "2026-03-08T01:00");
        Instant run = schedule.nextAfter(beforeGap);
        assertThat(run).isEqualTo(Instant.parse("2026-03-08T10:00:00Z")); // 03:00 PDT, the end of the gap
        assertThat(schedule.nextAfter(run)).isEqualTo(at(LOS_ANGELES, "2026-03-09T02:30"));
    }

    @Test
    void fall_back_in_los_angeles_runs_a_repeated_local_time_once() {
        // 2026-11-01: 01:00-02:00 happens twice (PDT, then PST).
        CronSchedule schedule = CronSchedule.parse("30 1 * * *", "America/Los_Angeles");
        List<Instant> runs = occurrences(schedule, Instant.parse("2026-10-31T12:00:00Z"), 3);
        assertThat(runs)
                .containsExactly(
                        Instant.parse("2026-11-01T08:30:00Z"), // 01:30 PDT, the first of the two
                        Instant.parse("2026-11-02T09:30:00Z"), // 01:30 PST the next day
                        Instant.parse("2026-11-03T09:30:00Z"));
    }

    @Test
    void an_hourly_job_in_london_skips_no_hour_and_doubles_none_across_both_transitions() {
        CronSchedule hourly = CronSchedule.parse("0 * * * *", "Europe/London");
        // 2026-03-29 01:00 GMT -> 02:00 BST: local 01:00 does not exist.
        List<Instant> spring = occurrences(hourly, Instant.parse("2026-03-28T23:30:00Z"), 3);
        assertThat(spring)
                .containsExactly(
                        Instant.parse("2026-03-29T00:00:00Z"),
                        Instant.parse("2026-03-29T01:00:00Z"),
                        Instant.parse("2026-03-29T02:00:00Z"));
        assertThat(spring).doesNotHaveDuplicates();
        // 2026-10-25 02:00 BST -> 01:00 GMT: local 01:00 happens twice and runs once.
        List<Instant> autumn = occurrences(hourly, Instant.parse("2026-10-24T23:30:00Z"), 3);
        assertThat(autumn)
                .containsExactly(
                        Instant.parse("2026-10-25T00:00:00Z"),
                        Instant.parse("2026-10-25T02:00:00Z"),
                        Instant.parse("2026-10-25T03:00:00Z"));
    }

    @Test
    void sydney_transitions_go_the_other_way_round_the_year() {
        // 2026-04-05 03:00 AEDT -> 02:00 AEST: 02:30 happens twice, runs once.
        CronSchedule repeated = CronSchedule.parse("30 2 * * *", "Australia/Sydney");
        List<Instant> autumn = occurrences(repeated, Instant.parse("2026-04-04T10:00:00Z"), 2);
        assertThat(autumn)
                .containsExactly(Instant.parse("2026-04-04T15:30:00Z"), Instant.parse("2026-04-05T16:30:00Z"));
        // 2026-10-04 02:00 AEST -> 03:00 AEDT: 02:30 does not exist, runs at 03:00 AEDT.
        Instant spring = repeated.nextAfter(Instant.parse("2026-10-03T12:00:00Z"));
        assertThat(spring)
                .isEqualTo(ZonedDateTime.of(LocalDateTime.parse("2026-10-04T03:00"), SYDNEY)
                        .toInstant());
    }

    @Test
    void a_misfired_daily_job_runs_once_and_counts_the_occurrences_it_skipped() {
        CronSchedule daily = CronSchedule.parse("0 6 * * *", "America/Los_Angeles");
        Instant due = at(LOS_ANGELES, "2026-01-10T06:00");
        Instant now = at(LOS_ANGELES, "2026-01-13T08:00"); // down for three days
        Occurrences occurrences = Occurrences.after(daily, due, now);
        assertThat(occurrences.skipped()).isEqualTo(3); // the 11th, 12th and 13th at 06:00
        assertThat(occurrences.next()).isEqualTo(at(LOS_ANGELES, "2026-01-14T06:00"));
    }

    @Test
    void a_job_due_exactly_now_skips_nothing() {
        CronSchedule daily = CronSchedule.parse("0 6 * * *", "UTC");
        Instant due = Instant.parse("2026-01-10T06:00:00Z");
        Occurrences occurrences = Occurrences.after(daily, due, due);
        assertThat(occurrences.skipped()).isZero();
        assertThat(occurrences.next()).isEqualTo(Instant.parse("2026-01-11T06:00:00Z"));
    }

    @Test
    void london_daily_job_keeps_its_local_time_across_the_clock_change() {
        CronSchedule daily = CronSchedule.parse("0 9 * * *", "Europe/London");
        List<Instant> runs = occurrences(daily, Instant.parse("2026-03-28T00:00:00Z"), 2);
        assertThat(runs).containsExactly(Instant.parse("2026-03-28T09:00:00Z"), Instant.parse("2026-03-29T08:00:00Z"));
    }

    private static List<Instant> occurrences(CronSchedule schedule, Instant from, int count) {
        List<Instant> runs = new ArrayList<>();
        Instant cursor = from;
        for (int i = 0; i < count; i++) {
            cursor = schedule.nextAfter(cursor);
            runs.add(cursor);
        }
        return runs;
    }

    private static Instant at(ZoneId zone, String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), zone).toInstant();
    }
}
