package com.viraltracker.scorecard.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.parameters.ScorecardParameters;
import com.viraltracker.scorecard.performance.AdTotals;
import com.viraltracker.scorecard.performance.CurrencyTotals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardBuilderTest {

    @Test
    void with_min_spend_zero_an_ad_that_spent_nothing_is_still_left_out() {
        var parameters = new ScorecardParameters(7, BigDecimal.ZERO, null, new BigDecimal("2.0"), new BigDecimal("1.0"));
        var result = new ScorecardBuilder(parameters).build(
                List.of(ad("a1", "0.00", "12.00"), ad("a2", "0.01", "0.05")),
                List.of(new CurrencyTotals("USD", new BigDecimal("0.01"), new BigDecimal("12.05"), 2)), List.of(),
                "none");

        CurrencySummary usd = result.summary().currencies().get(0);
        assertThat(usd.adsExcluded()).isEqualTo(1);
        assertThat(usd.adsEvaluated()).isEqualTo(1);
        assertThat(result.ads()).extracting(ScoredAd::adId).containsExactly("a2");
    }

    @Test
    void needs_attention_puts_the_biggest_spend_first_and_top_performers_the_best_roas_first() {
        var result = new ScorecardBuilder(ScorecardParameters.defaults()).build(
                List.of(ad("small_loss", "20.00", "10.00"), ad("big_loss", "500.00", "400.00"),
                        ad("good", "100.00", "250.00"), ad("great", "10.00", "50.00"),
                        ad("tie_big", "200.00", "500.00")),
                List.of(new CurrencyTotals("USD", new BigDecimal("830.00"), new BigDecimal("1210.00"), 0)), List.of(),
                "none");

        assertThat(result.ads()).extracting(ScoredAd::adId)
                .containsExactly("great", "tie_big", "good", "big_loss", "small_loss");
        assertThat(result.ads()).extracting(ScoredAd::rank).containsExactly(1, 2, 3, 1, 2);
    }

    @Test
    void without_rows_in_the_period_the_summary_carries_the_message_and_the_previous_periods_money() {
        var result = new ScorecardBuilder(ScorecardParameters.defaults()).build(List.of(), List.of(),
                List.of(new CurrencyTotals("GBP", new BigDecimal("80.00"), new BigDecimal("40.00"), 1)),
                "No ad performance data.");

        assertThat(result.summary().hasData()).isFalse();
        assertThat(result.summary().message()).isEqualTo("No ad performance data.");
        CurrencySummary gbp = result.summary().currencies().get(0);
        assertThat(gbp.current().spend()).isEqualByComparingTo("0");
        assertThat(gbp.change().spendPercent()).isEqualByComparingTo("-100.0");
        assertThat(gbp.change().roas()).as("no ROAS without spend this period").isNull();
    }

    private static AdTotals ad(String id, String spend, String revenue) {
        BigDecimal s = new BigDecimal(spend);
        BigDecimal r = new BigDecimal(revenue);
        BigDecimal roas = s.signum() == 0 ? null : r.divide(s, 4, RoundingMode.HALF_UP);
        return new AdTotals("USD", "act_1", id, id, null, s, r, 0, 0, 0, null, null, roas);
    }
}
