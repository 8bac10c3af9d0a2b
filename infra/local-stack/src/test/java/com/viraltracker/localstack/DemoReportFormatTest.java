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
    void roas_has_two_decimals_and_an_x() {
        assertThat(DemoReport.roas(JSON.textNode("2.50049"))).isEqualTo("2.50x");
        assertThat(DemoReport.roas(JSON.nullNode())).isEqualTo("-");
    }
}
