package com.viraltracker.scorecard.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RoasClassifierTest {
    private final RoasClassifier seed = new RoasClassifier(new BigDecimal("2.0"), new BigDecimal("1.0"));

    @Test
    void roas_exactly_two_is_a_top_performer_and_a_hair_below_is_not() {
        assertThat(seed.classify(money("50.00"), money("100.00"))).isEqualTo(Category.TOP_PERFORMER);
        // 1.99998: four-decimal rounding would say 2.0000, the exact comparison does not.
        assertThat(seed.classify(money("50000.00"), money("99999.00"))).isEqualTo(Category.IN_BETWEEN);
    }

    @Test
    void roas_exactly_one_is_in_between_and_below_one_needs_attention() {
        assertThat(seed.classify(money("60.00"), money("60.00"))).isEqualTo(Category.IN_BETWEEN);
        assertThat(seed.classify(money("25.00"), money("24.99"))).isEqualTo(Category.NEEDS_ATTENTION);
    }

    @Test
    void zero_revenue_needs_attention() {
        assertThat(seed.classify(money("80.00"), money("0.00"))).isEqualTo(Category.NEEDS_ATTENTION);
    }

    @Test
    void an_ad_without_spend_has_no_roas_to_classify() {
        assertThatThrownBy(() -> seed.classify(BigDecimal.ZERO, money("5.00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thresholds_are_the_jobs_own() {
        var strict = new RoasClassifier(new BigDecimal("3.0"), new BigDecimal("1.5"));
        assertThat(strict.classify(money("50.00"), money("100.00"))).isEqualTo(Category.IN_BETWEEN);
        assertThat(strict.classify(money("100.00"), money("149.99"))).isEqualTo(Category.NEEDS_ATTENTION);
        assertThat(strict.classify(money("100.00"), money("300.00"))).isEqualTo(Category.TOP_PERFORMER);
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }
}
