package com.viraltracker.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.parameters.ScorecardParameters;
import com.viraltracker.scorecard.job.ScorecardGenerator;
import com.viraltracker.scorecard.period.AccountPeriod;
import com.viraltracker.scorecard.period.Coverage;
import com.viraltracker.scorecard.scoring.Category;
import com.viraltracker.scorecard.scoring.CurrencySummary;
import com.viraltracker.scorecard.scoring.Scorecard;
import com.viraltracker.scorecard.scoring.ScoredAd;
import com.viraltracker.scorecard.store.ScorecardRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One scorecard run over a fixture whose every number was worked out by hand (in the comments below), read back
 * through the REST API. Default parameters: 7 days, min_spend 10.0, top at ROAS >= 2.0, attention below 1.0.
 */
class HandComputedScorecardTest extends ScoredOnceTest {
    private static final UUID BRAND = UUID.randomUUID();
    private static final UUID OTHER_BRAND = UUID.randomUUID();
    private static final PerformanceRow.AccountRows ACT_100_DOLLARS = PerformanceRow.account(BRAND, "act_100", "USD");
    // Monday 2026-01-12 at 21:00 in Los Angeles (already the 13th in UTC): yesterday there is Sunday the 11th,
    // so the period is 2026-01-05..11. Computed in UTC it would be 06..12 and every total below would differ.
    private static final Instant SCHEDULED_FOR = Instant.parse("2026-01-13T05:00:00Z");

    @Autowired
    private ScorecardGenerator generator;

    @Autowired
    private ScorecardRepository repository;

    @BeforeAll
    void runTheScorecardOnce() throws Exception {
        PerformanceTable.create(testDatabase);
        // All three accounts report in Pacific time, as Meta told meta-sync when they were linked.
        for (String account : List.of("act_100", "act_101", "act_200")) {
            PerformanceTable.link(
                    testDatabase, BRAND, account, account.equals("act_200") ? "EUR" : "USD", "America/Los_Angeles");
        }
        PerformanceTable.insert(testDatabase, fixture());
        runWithDefaultParameters(BRAND, SCHEDULED_FOR);
    }

    private static List<PerformanceRow> fixture() {
        List<PerformanceRow> rows = new ArrayList<>();
        // USD, account act_100. Current period 2026-01-05..11:
        rows.add(
                ACT_100_DOLLARS.row("ad_a1", "Exactly two", "2026-01-05", "30.00", "60.00", 2, 6000, 120)); // first day
        rows.add(ACT_100_DOLLARS.row(
                "ad_a1", "Exactly two", "2026-01-11", "20.00", "40.00", 2, 4000, 80)); // last day: 50/100 = 2.0
        rows.add(ACT_100_DOLLARS.row("ad_a2", "Star", "2026-01-08", "40.00", "200.00", 8, 5000, 150)); // 5.0
        rows.add(ACT_100_DOLLARS.row(
                "ad_a3", "Exactly one", "2026-01-07", "60.00", "60.00", 3, 3000, 30)); // 1.0: not attention
        rows.add(ACT_100_DOLLARS.row("ad_a4", "No sales", "2026-01-06", "80.00", "0.00", 0, 8000, 0)); // 0.0, no CPA
        rows.add(ACT_100_DOLLARS.row("ad_a5", "Just below one", "2026-01-09", "25.00", "24.99", 1, 2500, 25)); // 0.9996
        rows.add(ACT_100_DOLLARS.row(
                "ad_a6", "At min spend", "2026-01-10", "10.00", "15.00", 1, 1000, 7)); // 1.5, spend = min
        rows.add(ACT_100_DOLLARS.row("ad_a7", "Below min", "2026-01-10", "9.99", "50.00", 2, 900, 9)); // excluded
        rows.add(ACT_100_DOLLARS.row("ad_a8", "Zero spend", "2026-01-10", "0.00", "0.00", 0, 0, 0)); // excluded
        rows.add(ACT_100_DOLLARS.row("ad_a9", "Just below two", "2026-01-08", "50.00", "99.99", 3, 4000, 60)); // 1.9998
        // USD, a second account: same currency, so it adds into the same section.
        rows.add(PerformanceRow.account(BRAND, "act_101", "USD")
                .row("ad_a10", "Second account", "2026-01-07", "100.00", "250.00", 5, 10000, 100)); // 2.5
        // USD previous period 2025-12-29..2026-01-04 (first and last day): spend 250, revenue 250, ROAS 1.0.
        rows.add(ACT_100_DOLLARS.row("ad_a1", "Exactly two", "2025-12-29", "100.00", "150.00", 3, 20000, 300));
        rows.add(ACT_100_DOLLARS.row("ad_a4", "No sales", "2026-01-04", "150.00", "100.00", 0, 9000, 90));
        // Outside both periods: the day before the previous period, and "today" in Los Angeles.
        rows.add(ACT_100_DOLLARS.row("ad_a2", "Star", "2025-12-28", "999.00", "0.00", 0, 1, 1));
        rows.add(ACT_100_DOLLARS.row("ad_a2", "Star", "2026-01-12", "1000.00", "0.00", 0, 1, 1));
        // EUR, account act_200: its own section. 300 spent, 400 earned; nothing the week before.
        rows.add(PerformanceRow.account(BRAND, "act_200", "EUR")
                .row("ad_e1", "Euro winner", "2026-01-06", "100.00", "300.00", 6, 7000, 70)); // 3.0
        rows.add(PerformanceRow.account(BRAND, "act_200", "EUR")
                .row("ad_e2", "Euro loser", "2026-01-09", "200.00", "100.00", 2, 9000, 90)); // 0.5
        // Another brand on the same days: never part of this scorecard.
        rows.add(PerformanceRow.account(OTHER_BRAND, "act_900", "USD")
                .row("ad_x1", "Someone else's", "2026-01-07", "5000.00", "1.00", 1, 1, 1));
        return rows;
    }

    @Test
    void the_run_succeeds_with_a_summary_of_what_it_scored() {
        assertThat(result.summary())
                .containsEntry("period_start", "2026-01-05")
                .containsEntry("period_end", "2026-01-11")
                .containsEntry("ads_evaluated", 10)
                .containsEntry("ads_excluded", 2)
                .containsEntry("top_performers", 4)
                .containsEntry("needs_attention", 3)
                .containsEntry("currencies", List.of("EUR", "USD"))
                .doesNotContainKey("emailed_to");
        assertThat(scorecard.runId()).isEqualTo(result.runId());
        assertThat(scorecard.brandId()).isEqualTo(BRAND);
        assertThat(scorecard.parameters()).isEqualTo(ScorecardParameters.defaults());
    }

    @Test
    void the_period_is_the_last_seven_complete_days_in_los_angeles_and_the_week_before() {
        assertThat(scorecard.timeZone()).isEqualTo("America/Los_Angeles");
        assertThat(scorecard.period().start()).isEqualTo(LocalDate.parse("2026-01-05"));
        assertThat(scorecard.period().end()).isEqualTo(LocalDate.parse("2026-01-11"));
        assertThat(scorecard.previousPeriod().start()).isEqualTo(LocalDate.parse("2025-12-29"));
        assertThat(scorecard.previousPeriod().end()).isEqualTo(LocalDate.parse("2026-01-04"));
    }

    @Test
    void each_currency_section_says_its_accounts_share_the_los_angeles_week() {
        Coverage usd = section("USD").coverage();
        assertThat(usd.sharedPeriod()).isTrue();
        assertThat(usd.timeZone()).isEqualTo("America/Los_Angeles");
        assertThat(usd.period()).isEqualTo(scorecard.period());
        assertThat(usd.previousPeriod()).isEqualTo(scorecard.previousPeriod());
        assertThat(usd.accounts()).extracting(AccountPeriod::adAccountId).containsExactly("act_100", "act_101");
        assertThat(usd.accounts()).extracting(AccountPeriod::linked).containsOnly(true);
        assertThat(section("EUR").coverage().accounts())
                .extracting(AccountPeriod::adAccountId)
                .containsExactly("act_200");
    }

    @Test
    void totals_cover_every_ad_of_the_currency_and_compare_with_the_previous_week() {
        CurrencySummary usd = section("USD");
        // 50 + 40 + 60 + 80 + 25 + 10 + 9.99 + 0 + 50 + 100
        assertThat(usd.current().spend()).isEqualByComparingTo("424.99");
        // 100 + 200 + 60 + 0 + 24.99 + 15 + 50 + 0 + 99.99 + 250
        assertThat(usd.current().revenue()).isEqualByComparingTo("799.98");
        assertThat(usd.current().roas()).isEqualByComparingTo("1.8824");
        assertThat(usd.current().purchases()).isEqualTo(27);
        assertThat(usd.previous().spend()).isEqualByComparingTo("250.00");
        assertThat(usd.previous().revenue()).isEqualByComparingTo("250.00");
        assertThat(usd.previous().roas()).isEqualByComparingTo("1.0000");
        assertThat(usd.previous().purchases()).isEqualTo(3);
        assertThat(usd.change().spendPercent()).isEqualByComparingTo("70.0"); // 174.99 / 250
        assertThat(usd.change().revenuePercent()).isEqualByComparingTo("220.0"); // 549.98 / 250
        assertThat(usd.change().roas()).isEqualByComparingTo("0.8824");
    }

    @Test
    void top_performers_start_at_roas_exactly_two_best_first() {
        assertThat(names("USD", Category.TOP_PERFORMER)).containsExactly("Star", "Second account", "Exactly two");
        assertThat(ranks("USD", Category.TOP_PERFORMER)).containsExactly(1, 2, 3);
        assertThat(names("USD", Category.IN_BETWEEN)).containsExactly("Just below two", "At min spend", "Exactly one");
        assertThat(section("USD").topPerformers()).isEqualTo(3);
        assertThat(section("USD").inBetween()).isEqualTo(3);
    }

    @Test
    void needs_attention_is_below_roas_one_biggest_spend_first() {
        assertThat(names("USD", Category.NEEDS_ATTENTION)).containsExactly("No sales", "Just below one");
        assertThat(ad("ad_a4").roas()).isEqualByComparingTo("0.0000");
        assertThat(ad("ad_a5").roas()).isEqualByComparingTo("0.9996");
        assertThat(section("USD").needsAttention()).isEqualTo(2);
    }

    @Test
    void ads_under_min_spend_are_left_out_and_counted_but_spend_exactly_at_min_spend_counts() {
        assertThat(scorecard.ads())
                .extracting(ScoredAd::adId)
                .doesNotContain("ad_a7", "ad_a8")
                .contains("ad_a6");
        CurrencySummary usd = section("USD");
        assertThat(usd.adsEvaluated()).isEqualTo(8);
        assertThat(usd.adsExcluded()).isEqualTo(2);
        assertThat(usd.excludedSpend()).isEqualByComparingTo("9.99");
        assertThat(scorecard.summary().adsEvaluated()).isEqualTo(10);
        assertThat(scorecard.summary().adsExcluded()).isEqualTo(2);
    }

    @Test
    void each_currency_has_its_own_section_and_money_is_never_added_across_them() {
        assertThat(scorecard.summary().currencies())
                .extracting(CurrencySummary::currency)
                .containsExactly("EUR", "USD");
        CurrencySummary eur = section("EUR");
        assertThat(eur.current().spend()).isEqualByComparingTo("300.00");
        assertThat(eur.current().revenue()).isEqualByComparingTo("400.00");
        assertThat(eur.current().roas()).isEqualByComparingTo("1.3333");
        assertThat(eur.previous().spend()).isEqualByComparingTo("0");
        assertThat(eur.previous().roas()).isNull();
        // Nothing to compare with the week before: no percentage is made up.
        assertThat(eur.change().spendPercent()).isNull();
        assertThat(eur.change().revenuePercent()).isNull();
        assertThat(eur.change().roas()).isNull();
        assertThat(names("EUR", Category.TOP_PERFORMER)).containsExactly("Euro winner");
        assertThat(names("EUR", Category.NEEDS_ATTENTION)).containsExactly("Euro loser");
        assertThat(scorecard.ads())
                .filteredOn(ad -> ad.adAccountId().equals("act_200"))
                .extracting(ScoredAd::currency)
                .containsOnly("EUR");
    }

    @Test
    void per_ad_ratios_are_computed_from_the_period_sums() {
        ScoredAd exactlyTwo = ad("ad_a1"); // two days summed: 50 spend, 100 revenue, 4 purchases, 200/10000 clicks
        assertThat(exactlyTwo.spend()).isEqualByComparingTo("50.00");
        assertThat(exactlyTwo.revenue()).isEqualByComparingTo("100.00");
        assertThat(exactlyTwo.purchases()).isEqualTo(4);
        assertThat(exactlyTwo.impressions()).isEqualTo(10000);
        assertThat(exactlyTwo.clicks()).isEqualTo(200);
        assertThat(exactlyTwo.ctr()).isEqualByComparingTo("2.00");
        assertThat(exactlyTwo.cpa()).isEqualByComparingTo("12.50");
        assertThat(exactlyTwo.roas()).isEqualByComparingTo("2.0000");
        assertThat(ad("ad_a9").cpa()).isEqualByComparingTo("16.67"); // 50 / 3
        assertThat(ad("ad_a9").roas()).isEqualByComparingTo("1.9998");
        assertThat(ad("ad_a4").cpa()).as("no purchases, no CPA").isNull();
        assertThat(ad("ad_a4").ctr()).isEqualByComparingTo("0.00");
        assertThat(ad("ad_a1").adName()).isEqualTo("Exactly two");
        assertThat(ad("ad_a1").campaignName()).isEqualTo("Campaign of Exactly two");
    }

    @Test
    void the_scorecard_a_run_answers_with_is_the_one_a_later_read_gets_and_a_second_attempt_gets_it_too() {
        var request = ScorecardRuns.request(BRAND, SCHEDULED_FOR, ScorecardParameters.defaults());

        Scorecard generated = generator.generate(request);

        assertThat(generated).isEqualTo(repository.findByRunId(request.runId()).block());
        assertThat(generator.generate(request)).isEqualTo(generated);
        assertThat(generated.ads()).hasSize(10);
    }

    @Test
    void other_brands_and_days_outside_the_period_are_ignored() {
        assertThat(ad("ad_a2").spend())
                .as("only the 8th counts, not the 28th or the 12th")
                .isEqualByComparingTo("40.00");
        assertThat(scorecard.ads()).extracting(ScoredAd::adId).doesNotContain("ad_x1");
        assertThat(scorecard.ads()).hasSize(10);
    }

    @Test
    void the_json_names_fields_in_snake_case() {
        storedScorecardJson(scorecard.id())
                .jsonPath("$.run_id")
                .isEqualTo(result.runId().toString())
                .jsonPath("$.previous_period.start")
                .isEqualTo("2025-12-29")
                .jsonPath("$.parameters.min_spend")
                .isEqualTo(10.0)
                .jsonPath("$.summary.has_data")
                .isEqualTo(true)
                .jsonPath("$.summary.currencies[1].current.spend")
                .isEqualTo(424.99)
                .jsonPath("$.summary.currencies[1].coverage.period.start")
                .isEqualTo("2026-01-05")
                .jsonPath("$.summary.currencies[1].coverage.time_zone")
                .isEqualTo("America/Los_Angeles")
                .jsonPath("$.summary.currencies[1].coverage.accounts[0].ad_account_id")
                .isEqualTo("act_100")
                .jsonPath("$.summary.currencies[1].change.spend_percent")
                .isEqualTo(70.0)
                .jsonPath("$.ads[0].category")
                .isEqualTo("top_performer")
                .jsonPath("$.ads[0].ad_name")
                .isEqualTo("Euro winner");
    }

    @Test
    void the_html_report_reads_summary_first_then_both_lists_in_each_currency() {
        String html = text("/api/v1/scorecards/{id}.html", scorecard.id());
        assertThat(html)
                .contains("<p>2026-01-05 to 2026-01-11 (7 days, America/Los_Angeles), compared with 2025-12-29 to "
                        + "2026-01-04.</p>")
                .contains("Covers 2026-01-05 to 2026-01-11 (America/Los_Angeles), compared with 2025-12-29 to "
                        + "2026-01-04.")
                .contains("$424.99", "+70.0% vs $250.00", "$799.98", "+220.0% vs $250.00", "1.88x", "+0.88 vs 1.00x")
                .contains("€300.00", "€400.00", "1.33x")
                .contains("under $10.00 spend; together $9.99");
        int summary = html.indexOf("<h2>Summary</h2>");
        int top = html.indexOf("<h2>Top performers</h2>");
        int attention = html.indexOf("<h2>Needs attention</h2>");
        assertThat(summary).isPositive().isLessThan(top);
        assertThat(top).isLessThan(attention);
        String needsAttention = html.substring(attention);
        // 0.9996 is below 1.0, so it is in that list, and it reads rounded half-up like every shown figure.
        assertThat(needsAttention).contains(">1.00x<").doesNotContain("0.99x");
        assertThat(needsAttention.indexOf("No sales")).isLessThan(needsAttention.indexOf("Just below one"));
    }

    private List<Integer> ranks(String currency, Category category) {
        return scorecard.ads(currency, category).stream().map(ScoredAd::rank).toList();
    }
}
