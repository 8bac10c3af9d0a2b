package com.viraltracker.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.viraltracker.benchmarks.dispatch.Throughput;
import com.viraltracker.benchmarks.report.Figure;
import com.viraltracker.benchmarks.report.Percentiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void the_median_of_an_odd_number_of_rounds_is_the_middle_one_whatever_their_order() {
        assertThat(Figure.of("k", "l", "u", List.of(9.0, 1.0, 5.0)).median()).isEqualTo(5.0);
    }

    @Test
    void the_median_of_an_even_number_of_rounds_is_the_mean_of_the_middle_two() {
        assertThat(Figure.of("k", "l", "u", List.of(4.0, 1.0, 2.0, 100.0)).median())
                .isEqualTo(3.0);
    }

    @Test
    void a_figure_without_rounds_is_refused() {
        assertThatThrownBy(() -> Figure.of("k", "l", "u", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentiles_are_nearest_rank_over_the_sorted_values() {
        long[] sorted = new long[100];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }
        assertThat(Percentiles.nearestRank(sorted, 50)).isEqualTo(50);
        assertThat(Percentiles.nearestRank(sorted, 99)).isEqualTo(99);
        assertThat(Percentiles.nearestRank(sorted, 100)).isEqualTo(100);
        assertThat(Percentiles.nearestRank(new long[] {7}, 99)).isEqualTo(7);
    }

    @Test
    void throughput_is_jobs_over_elapsed_time_and_exact_only_without_duplicates_or_gaps() {
        assertThat(new Throughput(10_000, 2_000, 0, 0).perSecond()).isEqualTo(5_000.0);
        assertThat(new Throughput(10, 5, 0, 0).exact()).isTrue();
        assertThat(new Throughput(10, 5, 1, 0).exact()).isFalse();
        assertThat(new Throughput(10, 5, 0, 1).exact()).isFalse();
    }
}
