package com.viraltracker.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;

class DemoReportFormatTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void amounts_are_shown_in_the_accounts_currency_with_cents() {
        assertThat(DemoReport.money("USD", JSON.textNode("1135.7"))).isEqualTo("$1,135.70");
        assertThat(DemoReport.money("EUR", JSON.numberNode(70450.444))).isEqualTo("€70,450.44");
        assertThat(DemoReport.money("JPY", JSON.textNode("1200"))).isEqualTo("¥1,200");
    }

    @Test
    void an_unknown_currency_code_or_a_missing_amount_still_prints() {
        assertThat(DemoReport.money("XYZ1", JSON.textNode("12.5"))).isEqualTo("XYZ1 12.5");
        assertThat(DemoReport.money("USD", MissingNode.getInstance())).isEqualTo("-");
    }

    @Test
    void roas_is_rounded_once_half_up_from_the_totals_as_the_scorecard_report_rounds_it() {
        assertThat(DemoReport.roas(JSON.textNode("2637.88"), JSON.textNode("1217.25")))
                .isEqualTo("2.17x");
        assertThat(DemoReport.roas(JSON.numberNode(2164.996), JSON.numberNode(1000)))
                .isEqualTo("2.16x");
        assertThat(DemoReport.roas(JSON.textNode("705"), JSON.textNode("1000"))).isEqualTo("0.71x");
        assertThat(DemoReport.roas(JSON.textNode("10"), JSON.textNode("0"))).isEqualTo("-");
        assertThat(DemoReport.roas(JSON.nullNode(), JSON.textNode("10"))).isEqualTo("-");
        assertThat(DemoReport.roas(MissingNode.getInstance(), JSON.textNode("10")))
                .isEqualTo("-");
    }
}
