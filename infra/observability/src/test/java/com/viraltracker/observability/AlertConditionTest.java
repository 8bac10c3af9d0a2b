package com.viraltracker.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlertConditionTest {

    @Test
    void cuts_a_threshold_condition_to_the_expression_before_it() {
        assertThat(AlertCondition.leftHandSide("max(viraltracker_scheduler_outbox_oldest_age_seconds) > 300"))
                .isEqualTo("max(viraltracker_scheduler_outbox_oldest_age_seconds)");
        assertThat(AlertCondition.leftHandSide("up{job=\"x\"} == 0")).isEqualTo("up{job=\"x\"}");
        assertThat(AlertCondition.leftHandSide("a <= 1")).isEqualTo("a");
    }

    @Test
    void ignores_operators_inside_label_matchers_strings_and_brackets() {
        String ratio = "sum by (job_type) (increase(x{status!=\"succeeded\", name=~\"a>b\"}[30m]))\n"
                + "  / sum by (job_type) (increase(x[30m])) > 0.25";
        assertThat(AlertCondition.leftHandSide(ratio))
                .isEqualTo("sum by (job_type) (increase(x{status!=\"succeeded\", name=~\"a>b\"}[30m]))\n"
                        + "  / sum by (job_type) (increase(x[30m]))");
        assertThat(AlertCondition.leftHandSide("histogram_quantile(0.99, sum by (le) (rate(b[5m]) > 0))"))
                .isEqualTo("histogram_quantile(0.99, sum by (le) (rate(b[5m]) > 0))");
    }

    @Test
    void leaves_an_expression_without_a_comparison_whole() {
        assertThat(AlertCondition.leftHandSide("  absent(up{job=\"scheduler-service\"})  "))
                .isEqualTo("absent(up{job=\"scheduler-service\"})");
    }
}
