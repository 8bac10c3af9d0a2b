package com.viraltracker.console.performance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdSortTest {
    @Test
    void by_default_the_biggest_spender_comes_first() {
        AdSort sort = AdSort.of(null, null);

        assertThat(sort.serviceSort()).isEqualTo("spend");
        assertThat(sort.serviceDirection()).isEqualTo("desc");
    }

    @Test
    void each_column_is_asked_of_meta_sync_by_its_name_there_names_from_a_and_amounts_from_the_most() {
        assertThat(AdSort.of("ad", null).serviceSort()).isEqualTo("name");
        assertThat(AdSort.of("ad", null).serviceDirection()).isEqualTo("asc");
        assertThat(AdSort.of("campaign", null).serviceSort()).isEqualTo("campaign_name");
        assertThat(AdSort.of("roas", null).serviceDirection()).isEqualTo("desc");
        assertThat(AdSort.of("roas", "asc").serviceDirection()).isEqualTo("asc");
        assertThat(AdSort.of("ctr", "desc").serviceSort()).isEqualTo("ctr");
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
}
