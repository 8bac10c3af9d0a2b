package com.viraltracker.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.scorecard.period.AccountPeriod;
import com.viraltracker.scorecard.period.Coverage;
import com.viraltracker.scorecard.period.ReportPeriod;
import com.viraltracker.scorecard.scoring.Category;
import com.viraltracker.scorecard.scoring.CurrencySummary;
import com.viraltracker.scorecard.scoring.ScoredAd;
import com.viraltracker.testing.Answers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A brand whose ad accounts report in Los Angeles and in Sydney, scored at a moment when "yesterday" is Sunday in
 * one and Monday in the other: each account's rows are summed over its own seven days, an account no longer
 * linked falls back to the configured zone (Los Angeles), and the report says which days each section covers.
 * Every number below was worked out by hand. Default parameters: 7 days, min_spend 10.0, top at ROAS >= 2.0,
 * attention below 1.0.
 */
class AccountTimeZonesScorecardTest extends ScoredOnceTest {
    private static final UUID BRAND = UUID.randomUUID();
    private static final UUID OTHER_BRAND = UUID.randomUUID();
    // Monday 2026-01-12 21:00 in Los Angeles = Tuesday 2026-01-13 16:00 in Sydney (summer time, UTC+11).
    // Los Angeles accounts: 2026-01-05..11, before that 2025-12-29..2026-01-04.
    // Sydney accounts:      2026-01-06..12, before that 2025-12-30..2026-01-05.
    private static final Instant SCHEDULED_FOR = Instant.parse("2026-01-13T05:00:00Z");

    @BeforeAll
    void runTheScorecardOnce() throws Exception {
        PerformanceTable.create(testDatabase);
        PerformanceTable.link(testDatabase, BRAND, "act_500", "USD", "America/Los_Angeles");
        PerformanceTable.link(testDatabase, BRAND, "act_600", "USD", "Australia/Sydney");
        PerformanceTable.link(testDatabase, BRAND, "act_700", "AUD", "Australia/Sydney");
        // The same account linked to another brand with another zone: only this brand's links count.
        PerformanceTable.link(testDatabase, OTHER_BRAND, "act_600", "USD", "America/Los_Angeles");
        PerformanceRow.AccountRows act500Usd = PerformanceRow.account(BRAND, "act_500", "USD");
        PerformanceRow.AccountRows act600Usd = PerformanceRow.account(BRAND, "act_600", "USD");
        PerformanceRow.AccountRows act700Aud = PerformanceRow.account(BRAND, "act_700", "AUD");
        PerformanceRow.AccountRows act800Usd = PerformanceRow.account(BRAND, "act_800", "USD");
        PerformanceTable.insert(
                testDatabase,
                List.of(
                        // act_500, Los Angeles, USD.
                        act500Usd.row("ad_la1", "LA opener", "2026-01-05", "10.00", "30.00", 1, 1000, 10), // first day
                        act500Usd.row("ad_la1", "LA opener", "2026-01-12", "500.00", "0.00", 0, 1, 1), // today in LA
                        act500Usd.row("ad_la2", "LA steady", "2026-01-11", "40.00", "100.00", 4, 4000, 40), // last day
                        act500Usd.row("ad_la2", "LA steady", "2026-01-04", "40.00", "20.00", 1, 100, 1), // previous
                        // act_600, Sydney, USD: the 12th is its yesterday; the 5th is already its previous week.
                        act600Usd.row("ad_syd1", "Sydney Monday", "2026-01-12", "50.00", "150.00", 3, 5000, 100),
                        act600Usd.row("ad_syd1", "Sydney Monday", "2026-01-05", "300.00", "0.00", 0, 100, 1),
                        act600Usd.row("ad_syd1", "Sydney Monday", "2026-01-13", "999.00", "0.00", 0, 1, 1), // today
                        act600Usd.row("ad_syd2", "Sydney stale", "2025-12-29", "77.00", "0.00", 0, 1, 1), // too early
                        // act_700, Sydney, AUD: a section of its own.
                        act700Aud.row("ad_aud1", "Aussie", "2026-01-12", "100.00", "250.00", 5, 2000, 20),
                        act700Aud.row("ad_aud1", "Aussie", "2026-01-05", "20.00", "10.00", 1, 100, 1), // previous
                        // act_800 is no longer linked: its rows use the configured zone, Los Angeles.
                        act800Usd.row("ad_old1", "Old account", "2026-01-11", "20.00", "10.00", 1, 500, 5),
                        act800Usd.row("ad_old1", "Old account", "2026-01-12", "30.00", "0.00", 0, 1, 1))); // today
        runWithDefaultParameters(BRAND, SCHEDULED_FOR);
    }

    @Test
    void each_account_is_summed_over_the_seven_days_before_yesterday_in_its_own_zone() {
        CurrencySummary usd = section("USD");
        // Current: ad_la1 10 (the 5th), ad_la2 40 (the 11th), ad_syd1 50 (the 12th), ad_old1 20 (the 11th).
        assertThat(usd.current().spend()).isEqualByComparingTo("120.00");
        assertThat(usd.current().revenue()).isEqualByComparingTo("290.00"); // 30 + 100 + 150 + 10
        assertThat(usd.current().purchases()).isEqualTo(9);
        assertThat(usd.current().roas()).isEqualByComparingTo("2.4167");
        // Previous: ad_la2 40 (the 4th, Los Angeles) and ad_syd1 300 (the 5th, Sydney); not the 29th in Sydney.
        assertThat(usd.previous().spend()).isEqualByComparingTo("340.00");
        assertThat(usd.previous().revenue()).isEqualByComparingTo("20.00");
        assertThat(usd.previous().purchases()).isEqualTo(1);
        assertThat(usd.previous().roas()).isEqualByComparingTo("0.0588");
        assertThat(usd.change().spendPercent()).isEqualByComparingTo("-64.7");
        assertThat(usd.change().revenuePercent()).isEqualByComparingTo("1350.0");
        assertThat(usd.change().roas()).isEqualByComparingTo("2.3579");
        assertThat(ad("ad_syd1").spend())
                .as("only Sydney's Monday, not the 5th nor its today")
                .isEqualByComparingTo("50.00");
        assertThat(ad("ad_la1").spend())
                .as("only the 5th, not Los Angeles' today")
                .isEqualByComparingTo("10.00");
        assertThat(scorecard.ads()).extracting(ScoredAd::adId).doesNotContain("ad_syd2");
    }

    @Test
    void a_currency_of_one_sydney_account_covers_sydneys_week() {
        CurrencySummary aud = section("AUD");
        assertThat(aud.current().spend()).isEqualByComparingTo("100.00");
        assertThat(aud.current().revenue()).isEqualByComparingTo("250.00");
        assertThat(aud.previous().spend()).isEqualByComparingTo("20.00");
        assertThat(aud.previous().revenue()).isEqualByComparingTo("10.00");
        assertThat(aud.change().spendPercent()).isEqualByComparingTo("400.0");
        assertThat(aud.change().roas()).isEqualByComparingTo("2.0000");
        Coverage coverage = aud.coverage();
        assertThat(coverage.sharedPeriod()).isTrue();
        assertThat(coverage.timeZone()).isEqualTo("Australia/Sydney");
        assertThat(coverage.period()).isEqualTo(period("2026-01-06", "2026-01-12"));
        assertThat(coverage.previousPeriod()).isEqualTo(period("2025-12-30", "2026-01-05"));
    }

    @Test
    void a_currency_whose_accounts_end_on_different_days_states_each_accounts_days() {
        Coverage coverage = section("USD").coverage();
        assertThat(coverage.sharedPeriod()).isFalse();
        assertThat(coverage.timeZone()).isNull();
        assertThat(coverage.period()).isEqualTo(period("2026-01-05", "2026-01-12"));
        assertThat(coverage.accounts())
                .containsExactly(
                        new AccountPeriod(
                                "act_500",
                                "America/Los_Angeles",
                                true,
                                period("2026-01-05", "2026-01-11"),
                                period("2025-12-29", "2026-01-04")),
                        new AccountPeriod(
                                "act_600",
                                "Australia/Sydney",
                                true,
                                period("2026-01-06", "2026-01-12"),
                                period("2025-12-30", "2026-01-05")),
                        new AccountPeriod(
                                "act_800",
                                "America/Los_Angeles",
                                false,
                                period("2026-01-05", "2026-01-11"),
                                period("2025-12-29", "2026-01-04")));
    }

    @Test
    void the_scorecard_spans_every_accounts_days_and_names_no_single_zone() {
        assertThat(scorecard.period()).isEqualTo(period("2026-01-05", "2026-01-12"));
        assertThat(scorecard.previousPeriod()).isEqualTo(period("2025-12-29", "2026-01-05"));
        assertThat(scorecard.timeZone()).isNull();
        assertThat(result.summary())
                .containsEntry("period_start", "2026-01-05")
                .containsEntry("period_end", "2026-01-12")
                .containsEntry("ads_evaluated", 5)
                .containsEntry("ads_excluded", 0)
                .containsEntry("top_performers", 4)
                .containsEntry("needs_attention", 1)
                .containsEntry("currencies", List.of("AUD", "USD"));
        assertThat(names("USD", Category.TOP_PERFORMER)).containsExactly("Sydney Monday", "LA opener", "LA steady");
        assertThat(names("USD", Category.NEEDS_ATTENTION)).containsExactly("Old account");
        Answers.okJson(web.get().uri("/api/v1/brands/{brand}/scorecards", BRAND))
                .jsonPath("$.items[0].period.end")
                .isEqualTo("2026-01-12")
                .jsonPath("$.items[0].previous_period.start")
                .isEqualTo("2025-12-29")
                .jsonPath("$.items[0].time_zone")
                .doesNotExist();
    }

    @Test
    void the_json_names_each_sections_days() {
        storedScorecardJson(scorecard.id())
                .jsonPath("$.time_zone")
                .doesNotExist()
                .jsonPath("$.summary.currencies[0].currency")
                .isEqualTo("AUD")
                .jsonPath("$.summary.currencies[0].coverage.time_zone")
                .isEqualTo("Australia/Sydney")
                .jsonPath("$.summary.currencies[0].coverage.shared_period")
                .isEqualTo(true)
                .jsonPath("$.summary.currencies[0].coverage.period.end")
                .isEqualTo("2026-01-12")
                .jsonPath("$.summary.currencies[1].coverage.time_zone")
                .doesNotExist()
                .jsonPath("$.summary.currencies[1].coverage.accounts[1].ad_account_id")
                .isEqualTo("act_600")
                .jsonPath("$.summary.currencies[1].coverage.accounts[1].time_zone")
                .isEqualTo("Australia/Sydney")
                .jsonPath("$.summary.currencies[1].coverage.accounts[1].period.start")
                .isEqualTo("2026-01-06")
                .jsonPath("$.summary.currencies[1].coverage.accounts[2].linked")
                .isEqualTo(false);
    }

    @Test
    void the_csv_gives_each_ad_its_accounts_days_and_zone() {
        String csv = text("/api/v1/scorecards/{id}.csv", scorecard.id());
        assertThat(csv.split("\r\n", -1))
                .containsExactly(
                        "currency,category,rank,ad_account_id,ad_id,ad_name,campaign_name,spend,revenue,roas,purchases,cpa,"
                                + "impressions,clicks,ctr_percent,period_start,period_end,time_zone",
                        "AUD,top_performer,1,act_700,ad_aud1,Aussie,Campaign of Aussie,100.00,250.00,2.5000,5,20.00,2000,20,"
                                + "1.00,2026-01-06,2026-01-12,Australia/Sydney",
                        "USD,top_performer,1,act_600,ad_syd1,Sydney Monday,Campaign of Sydney Monday,50.00,150.00,3.0000,3,"
                                + "16.67,5000,100,2.00,2026-01-06,2026-01-12,Australia/Sydney",
                        "USD,top_performer,2,act_500,ad_la1,LA opener,Campaign of LA opener,10.00,30.00,3.0000,1,10.00,1000,"
                                + "10,1.00,2026-01-05,2026-01-11,America/Los_Angeles",
                        "USD,top_performer,3,act_500,ad_la2,LA steady,Campaign of LA steady,40.00,100.00,2.5000,4,10.00,4000,"
                                + "40,1.00,2026-01-05,2026-01-11,America/Los_Angeles",
                        "USD,needs_attention,1,act_800,ad_old1,Old account,Campaign of Old account,20.00,10.00,0.5000,1,"
                                + "20.00,500,5,1.00,2026-01-05,2026-01-11,America/Los_Angeles",
                        "");
    }

    @Test
    void the_html_report_says_which_days_each_currency_covers() {
        String html = text("/api/v1/scorecards/{id}.html", scorecard.id());
        assertThat(html)
                .contains("<p>The last 7 complete days in each ad account&#39;s own time zone, 2026-01-05 to "
                        + "2026-01-12 in all, compared with 2025-12-29 to 2026-01-05. Each currency says which days "
                        + "its accounts cover.</p>")
                .contains("Covers 2026-01-06 to 2026-01-12 (Australia/Sydney), compared with 2025-12-30 to "
                        + "2026-01-05.")
                .contains("Each ad account over its own days: "
                        + "act_500 2026-01-05 to 2026-01-11 (America/Los_Angeles), compared with 2025-12-29 to "
                        + "2026-01-04; "
                        + "act_600 2026-01-06 to 2026-01-12 (Australia/Sydney), compared with 2025-12-30 to "
                        + "2026-01-05; "
                        + "act_800 2026-01-05 to 2026-01-11 (America/Los_Angeles, the configured zone: act_800 is no "
                        + "longer linked), compared with 2025-12-29 to 2026-01-04.")
                .contains("$120.00", "−64.7% vs $340.00", "$290.00", "+1,350.0% vs $20.00", "2.42x", "+2.36 vs 0.06x")
                .contains("A$100.00", "+400.0% vs A$20.00", "2.50x");
        assertThat(html.indexOf("Covers 2026-01-06")).as("AUD before USD").isLessThan(html.indexOf("Each ad account"));
    }

    private static ReportPeriod period(String start, String end) {
        return new ReportPeriod(LocalDate.parse(start), LocalDate.parse(end));
    }
}
