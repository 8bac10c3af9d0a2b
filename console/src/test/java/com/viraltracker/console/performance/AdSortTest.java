package com.viraltracker.console.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.console.api.Metrics;
import com.viraltracker.console.api.PerformanceRow;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdSortTest {
    private final PerformanceRow cheap = ad("1", "Zebra", "10", "30", "3.00");
    private final PerformanceRow dear = ad("2", "apple", "100", "50", "0.50");
    private final PerformanceRow idle = ad("3", "Mango", "0", "0", null);

    @Test
    void by_default_the_biggest_spender_comes_first() {
        assertThat(AdSort.of(null, null).sort(List.of(cheap, idle, dear))).containsExactly(dear, cheap, idle);
    }

    @Test
    void ads_without_a_roas_come_last_up_or_down() {
        assertThat(AdSort.of("roas", "desc").sort(List.of(idle, dear, cheap))).containsExactly(cheap, dear, idle);
        assertThat(AdSort.of("roas", "asc").sort(List.of(idle, cheap, dear))).containsExactly(dear, cheap, idle);
    }

    @Test
    void names_sort_alphabetically_whatever_their_case() {
        assertThat(AdSort.of("ad", null).sort(List.of(cheap, idle, dear))).containsExactly(dear, idle, cheap);
    }

    @Test
    void a_click_on_the_sorted_column_turns_it_round_and_another_starts_in_its_natural_direction() {
        AdSort sort = AdSort.of("spend", "desc");

        assertThat(sort.nextDirection(AdSort.Column.SPEND)).isEqualTo("asc");
        assertThat(sort.nextDirection(AdSort.Column.AD)).isEqualTo("asc");
        assertThat(sort.nextDirection(AdSort.Column.ROAS)).isEqualTo("desc");
        assertThat(sort.ariaSort(AdSort.Column.SPEND)).isEqualTo("descending");
        assertThat(sort.ariaSort(AdSort.Column.ROAS)).isEqualTo("none");
    }

    @Test
    void an_unknown_column_sorts_by_spend() {
        assertThat(AdSort.of("'; drop table", null)).isEqualTo(AdSort.DEFAULT);
    }

    private static PerformanceRow ad(String id, String name, String spend, String revenue, String roas) {
        return new PerformanceRow(
                id,
                name,
                "Campaign",
                new Metrics(
                        new BigDecimal(spend),
                        new BigDecimal(revenue),
                        roas == null ? null : new BigDecimal(roas),
                        1,
                        null,
                        10,
                        1000));
    }
}
