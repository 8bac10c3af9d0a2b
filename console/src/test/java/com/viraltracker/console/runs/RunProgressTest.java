package com.viraltracker.console.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunProgressTest {

    @Test
    void a_backfills_report_reads_as_chunks_of_the_total_and_days_stored() {
        RunProgress progress = RunProgress.of(Map.of("chunks_done", 3, "chunks_total", 13, "days_stored", 270));

        assertThat(progress.text()).isEqualTo("3 of 13 chunks · 270 days stored");
        assertThat(progress.measurable()).isTrue();
        assertThat(progress.barValue()).isEqualTo(3);
    }

    @Test
    void one_of_a_thing_is_singular_and_thousands_are_grouped() {
        assertThat(RunProgress.of(Map.of("chunks_done", 1, "chunks_total", 1, "days_stored", 1))
                        .text())
                .isEqualTo("1 of 1 chunk · 1 day stored");
        assertThat(RunProgress.of(Map.of("days_stored", 1170L)).text()).isEqualTo("1,170 days stored");
    }

    @Test
    void without_a_total_there_is_no_bar_and_the_chunks_done_are_counted() {
        RunProgress progress = RunProgress.of(Map.of("chunks_done", 4, "chunks_total", 0));

        assertThat(progress.text()).isEqualTo("4 chunks done");
        assertThat(progress.measurable()).isFalse();
    }

    @Test
    void the_bar_never_runs_past_its_total() {
        assertThat(RunProgress.of(Map.of("chunks_done", 15, "chunks_total", 13)).barValue())
                .isEqualTo(13);
    }

    @Test
    void a_report_without_figures_this_page_knows_or_with_figures_that_are_no_counts_shows_nothing() {
        Map<String, Object> odd = new HashMap<>();
        odd.put("chunks_done", "three");
        odd.put("days_stored", -5);
        odd.put("rows", 12);
        assertThat(RunProgress.of(odd)).isNull();
        assertThat(RunProgress.of(Map.of("chunks_done", 2.5))).isNull();
        assertThat(RunProgress.of(Map.of())).isNull();
        assertThat(RunProgress.of(null)).isNull();
    }
}
