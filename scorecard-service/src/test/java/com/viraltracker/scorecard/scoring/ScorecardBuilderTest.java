package com.viraltracker.scorecard.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.parameters.ScorecardParameters;
import com.viraltracker.scorecard.performance.AdNames;
import com.viraltracker.scorecard.performance.AdTotals;
import com.viraltracker.scorecard.performance.CurrencyTotals;
import com.viraltracker.scorecard.period.BrandPeriods;
import com.viraltracker.scorecard.period.LinkedAccount;
import com.viraltracker.scorecard.period.ReportPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardBuilderTest {
    // Monday evening in Los Angeles, Tuesday afternoon in Sydney.
    private static final Instant AS_OF = Instant.parse("2026-01-13T05:00:00Z");
    private static final BrandPeriods PERIODS = BrandPeriods.endingYesterday(
            AS_OF, 7, List.of(new LinkedAccount("act_1", "America/Los_Angeles")), ZoneId.of("America/Los_Angeles"));

    @Test
    void with_min_spend_zero_an_ad_that_spent_nothing_is_still_left_out() {
        var parameters =
                new ScorecardParameters(7, BigDecimal.ZERO, null, new BigDecimal("2.0"), new BigDecimal("1.0"));
        var result = new ScorecardBuilder(parameters)
                .build(
                        PERIODS,
                        List.of(ad("a1", "0.00", "12.00"), ad("a2", "0.01", "0.05")),
                        List.of(new CurrencyTotals(
                                "USD", new BigDecimal("0.01"), new BigDecimal("12.05"), 2, List.of("act_1"))),
                        List.of(),
                        coverage -> "none");

        CurrencySummary usd = result.summary().currencies().get(0);
        assertThat(usd.adsExcluded()).isEqualTo(1);
        assertThat(usd.adsEvaluated()).isEqualTo(1);
        assertThat(result.ads()).extracting(ScoredAd::adId).containsExactly("a2");
    }

    @Test
    void needs_attention_puts_the_biggest_spend_first_and_top_performers_the_best_roas_first() {
        var result = new ScorecardBuilder(ScorecardParameters.defaults())
                .build(
                        PERIODS,
                        List.of(
                                ad("small_loss", "20.00", "10.00"),
                                ad("big_loss", "500.00", "400.00"),
                                ad("good", "100.00", "250.00"),
                                ad("great", "10.00", "50.00"),
                                ad("tie_big", "200.00", "500.00")),
                        List.of(new CurrencyTotals(
                                "USD", new BigDecimal("830.00"), new BigDecimal("1210.00"), 0, List.of("act_1"))),
                        List.of(),
                        coverage -> "none");

        assertThat(result.ads())
                .extracting(ScoredAd::adId)
                .containsExactly("great", "tie_big", "good", "big_loss", "small_loss");
        assertThat(result.ads()).extracting(ScoredAd::rank).containsExactly(1, 2, 3, 1, 2);
    }

    @Test
    void without_rows_in_the_period_the_summary_carries_the_message_and_the_previous_periods_money() {
        var result = new ScorecardBuilder(ScorecardParameters.defaults())
                .build(
                        PERIODS,
                        List.of(),
                        List.of(),
                        List.of(new CurrencyTotals(
                                "GBP", new BigDecimal("80.00"), new BigDecimal("40.00"), 1, List.of("act_9"))),
                        coverage -> "No ad performance data from " + coverage.period() + ".");

        assertThat(result.summary().hasData()).isFalse();
        assertThat(result.summary().message()).isEqualTo("No ad performance data from 2026-01-05 to 2026-01-11.");
        CurrencySummary gbp = result.summary().currencies().get(0);
        assertThat(gbp.current().spend()).isEqualByComparingTo("0");
        assertThat(gbp.change().spendPercent()).isEqualByComparingTo("-100.0");
        assertThat(gbp.change().roas()).as("no ROAS without spend this period").isNull();
    }

    @Test
    void a_section_whose_accounts_end_on_different_days_states_each_accounts_days() {
        var periods = BrandPeriods.endingYesterday(
                AS_OF,
                7,
                List.of(
                        new LinkedAccount("act_1", "America/Los_Angeles"),
                        new LinkedAccount("act_2", "Australia/Sydney")),
                ZoneId.of("America/Los_Angeles"));
        var result = new ScorecardBuilder(ScorecardParameters.defaults())
                .build(
                        periods,
                        List.of(ad("a1", "20.00", "60.00")),
                        List.of(new CurrencyTotals(
                                "USD", new BigDecimal("20.00"), new BigDecimal("60.00"), 0, List.of("act_1"))),
                        List.of(new CurrencyTotals(
                                "USD", new BigDecimal("5.00"), new BigDecimal("1.00"), 0, List.of("act_2", "act_3"))),
                        coverage -> "none");

        var coverage = result.summary().currencies().get(0).coverage();
        assertThat(coverage.sharedPeriod()).isFalse();
        assertThat(coverage.timeZone()).as("the zones differ").isNull();
        assertThat(coverage.period()).isEqualTo(period("2026-01-05", "2026-01-12"));
        assertThat(coverage.accounts())
                .extracting(a -> a.adAccountId() + " " + a.timeZone() + " " + a.linked() + " " + a.period())
                .containsExactly(
                        "act_1 America/Los_Angeles true 2026-01-05 to 2026-01-11",
                        "act_2 Australia/Sydney true 2026-01-06 to 2026-01-12",
                        "act_3 America/Los_Angeles false 2026-01-05 to 2026-01-11");
        assertThat(result.coverage().accounts())
                .extracting(a -> a.adAccountId())
                .containsExactly("act_1", "act_2", "act_3");
        assertThat(result.coverage().previousPeriod()).isEqualTo(period("2025-12-29", "2026-01-05"));
    }

    private static ReportPeriod period(String start, String end) {
        return new ReportPeriod(LocalDate.parse(start), LocalDate.parse(end));
    }

    /** An ad named by its id, with spend and revenue but no purchases or impressions: no CPA and no CTR. */
    private static AdTotals ad(String id, String spend, String revenue) {
        BigDecimal s = new BigDecimal(spend);
        BigDecimal r = new BigDecimal(revenue);
        BigDecimal roas = s.signum() == 0 ? null : r.divide(s, 4, RoundingMode.HALF_UP);
        BigDecimal noCtr = null;
        BigDecimal noCpa = null;
        String noCampaign = null;
        return new AdTotals("USD", "act_1", id, new AdNames(id, noCampaign), s, r, 0, 0, 0, noCtr, noCpa, roas);
    }
}
