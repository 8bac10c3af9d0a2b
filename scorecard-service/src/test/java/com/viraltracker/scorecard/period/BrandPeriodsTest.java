package com.viraltracker.scorecard.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrandPeriodsTest {
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    // Monday 2026-01-12 21:00 in Los Angeles is Tuesday 2026-01-13 16:00 in Sydney (summer time, UTC+11).
    private static final Instant MONDAY_EVENING_IN_LOS_ANGELES = Instant.parse("2026-01-13T05:00:00Z");
    private static final BrandPeriods PERIODS = BrandPeriods.endingYesterday(
            MONDAY_EVENING_IN_LOS_ANGELES,
            7,
            List.of(new LinkedAccount("act_1", "America/Los_Angeles"), new LinkedAccount("act_2", "Australia/Sydney")),
            LOS_ANGELES);

    @Test
    void each_linked_account_ends_its_period_on_yesterday_in_its_own_zone() {
        assertThat(PERIODS.of("act_1"))
                .isEqualTo(new AccountPeriod(
                        "act_1",
                        "America/Los_Angeles",
                        true,
                        period("2026-01-05", "2026-01-11"),
                        period("2025-12-29", "2026-01-04")));
        assertThat(PERIODS.of("act_2"))
                .isEqualTo(new AccountPeriod(
                        "act_2",
                        "Australia/Sydney",
                        true,
                        period("2026-01-06", "2026-01-12"),
                        period("2025-12-30", "2026-01-05")));
    }

    @Test
    void an_account_that_is_no_longer_linked_uses_the_configured_zone() {
        BrandPeriods periods = BrandPeriods.endingYesterday(
                MONDAY_EVENING_IN_LOS_ANGELES,
                7,
                List.of(new LinkedAccount("act_2", "Australia/Sydney")),
                ZoneId.of("UTC"));
        assertThat(periods.of("act_9"))
                .isEqualTo(new AccountPeriod(
                        "act_9", "UTC", false, period("2026-01-06", "2026-01-12"), period("2025-12-30", "2026-01-05")));
    }

    @Test
    void a_zone_the_jdk_does_not_know_falls_back_to_the_configured_zone() {
        BrandPeriods periods = BrandPeriods.endingYesterday(
                MONDAY_EVENING_IN_LOS_ANGELES,
                1,
                List.of(new LinkedAccount("act_3", "Mars/Olympus_Mons")),
                ZoneId.of("Australia/Sydney"));
        assertThat(periods.of("act_3").timeZone()).isEqualTo("Australia/Sydney");
        assertThat(periods.of("act_3").linked()).isTrue();
        assertThat(periods.of("act_3").period()).isEqualTo(period("2026-01-12", "2026-01-12"));
    }

    @Test
    void the_query_reads_the_days_of_every_account_and_of_unlinked_accounts_in_one_range() {
        DaysByAccount current = PERIODS.current();
        assertThat(current.byAccount())
                .isEqualTo(Map.of(
                        "act_1", period("2026-01-05", "2026-01-11"), "act_2", period("2026-01-06", "2026-01-12")));
        assertThat(current.otherAccounts()).isEqualTo(period("2026-01-05", "2026-01-11"));
        assertThat(current.allDays()).isEqualTo(period("2026-01-05", "2026-01-12"));
        DaysByAccount previous = PERIODS.previous();
        assertThat(previous.byAccount()).containsEntry("act_2", period("2025-12-30", "2026-01-05"));
        assertThat(previous.allDays()).isEqualTo(period("2025-12-29", "2026-01-05"));
    }

    @Test
    void accounts_in_one_zone_share_one_period_and_differing_zones_are_stated_per_account() {
        Coverage losAngeles = PERIODS.coverage(List.of("act_1"));
        assertThat(PERIODS.coverage(List.of()).accounts()).hasSize(2);
        Coverage one = Coverage.of(List.of(PERIODS.of("act_1")));
        assertThat(one.sharedPeriod()).isTrue();
        assertThat(one.timeZone()).isEqualTo("America/Los_Angeles");
        assertThat(one.period()).isEqualTo(period("2026-01-05", "2026-01-11"));
        assertThat(losAngeles.sharedPeriod())
                .as("act_2 is linked, so it is covered too")
                .isFalse();
        assertThat(losAngeles.timeZone()).isNull();
        assertThat(losAngeles.period()).isEqualTo(period("2026-01-05", "2026-01-12"));
    }

    @Test
    void a_brand_without_accounts_covers_the_configured_zones_period() {
        BrandPeriods periods = BrandPeriods.endingYesterday(MONDAY_EVENING_IN_LOS_ANGELES, 7, List.of(), LOS_ANGELES);
        Coverage coverage = periods.coverage(List.of());
        assertThat(coverage.period()).isEqualTo(period("2026-01-05", "2026-01-11"));
        assertThat(coverage.previousPeriod()).isEqualTo(period("2025-12-29", "2026-01-04"));
        assertThat(coverage.timeZone()).isEqualTo("America/Los_Angeles");
        assertThat(periods.current().byAccount()).isEmpty();
        assertThat(periods.current().allDays()).isEqualTo(period("2026-01-05", "2026-01-11"));
    }

    @Test
    void accounts_whose_days_end_together_share_one_period_for_the_query_and_a_zone_apart_does_not() {
        BrandPeriods sameDays = BrandPeriods.endingYesterday(
                MONDAY_EVENING_IN_LOS_ANGELES,
                7,
                List.of(
                        new LinkedAccount("act_1", "America/Los_Angeles"),
                        new LinkedAccount("act_3", "America/Tijuana")),
                LOS_ANGELES);
        assertThat(sameDays.current().sharedByAll()).contains(period("2026-01-05", "2026-01-11"));
        assertThat(sameDays.previous().sharedByAll()).contains(period("2025-12-29", "2026-01-04"));
        assertThat(BrandPeriods.endingYesterday(MONDAY_EVENING_IN_LOS_ANGELES, 7, List.of(), LOS_ANGELES)
                        .current()
                        .sharedByAll())
                .as("no linked accounts")
                .contains(period("2026-01-05", "2026-01-11"));
        assertThat(PERIODS.current().sharedByAll())
                .as("Sydney's week ends a day later")
                .isEmpty();
        assertThat(BrandPeriods.endingYesterday(
                                MONDAY_EVENING_IN_LOS_ANGELES,
                                7,
                                List.of(new LinkedAccount("act_2", "Australia/Sydney")),
                                LOS_ANGELES)
                        .current()
                        .sharedByAll())
                .as("unlinked accounts' rows still take Los Angeles' week")
                .isEmpty();
    }

    private static ReportPeriod period(String start, String end) {
        return new ReportPeriod(LocalDate.parse(start), LocalDate.parse(end));
    }
}
