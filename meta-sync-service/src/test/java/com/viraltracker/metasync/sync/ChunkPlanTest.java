package com.viraltracker.metasync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkPlanTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-31");
    private static final SyncRange RANGE = new SyncRange(TODAY.minusDays(99), TODAY);

    @Test
    void a_range_is_cut_into_chunks_of_at_most_the_chunk_size_newest_first() {
        ChunkPlan plan = ChunkPlan.of(RANGE, 30, List.of());

        assertThat(plan.pending())
                .containsExactly(
                        new Chunk(TODAY.minusDays(29), TODAY),
                        new Chunk(TODAY.minusDays(59), TODAY.minusDays(30)),
                        new Chunk(TODAY.minusDays(89), TODAY.minusDays(60)),
                        new Chunk(TODAY.minusDays(99), TODAY.minusDays(90)));
        assertThat(plan.total()).isEqualTo(4);
        assertThat(plan.finished()).isZero();
    }

    @Test
    void a_later_attempt_plans_only_the_days_no_finished_chunk_covers() {
        Chunk newest = new Chunk(TODAY.minusDays(29), TODAY);
        Chunk third = new Chunk(TODAY.minusDays(89), TODAY.minusDays(60));

        ChunkPlan plan = ChunkPlan.of(RANGE, 30, List.of(newest, third));

        assertThat(plan.pending())
                .containsExactly(
                        new Chunk(TODAY.minusDays(59), TODAY.minusDays(30)),
                        new Chunk(TODAY.minusDays(99), TODAY.minusDays(90)));
        assertThat(plan.finished()).isEqualTo(2);
        assertThat(plan.finishedDays()).isEqualTo(60);
        assertThat(plan.total()).isEqualTo(4);
    }

    @Test
    void a_range_that_moved_on_a_day_keeps_the_finished_chunks_inside_it_and_reads_the_new_day() {
        Chunk finished = new Chunk(TODAY.minusDays(29), TODAY);
        SyncRange nextDay = new SyncRange(RANGE.since().plusDays(1), TODAY.plusDays(1));

        ChunkPlan plan = ChunkPlan.of(nextDay, 30, List.of(finished));

        assertThat(plan.pending().get(0)).isEqualTo(new Chunk(TODAY.plusDays(1), TODAY.plusDays(1)));
        assertThat(plan.pending().stream().mapToInt(Chunk::days).sum() + plan.finishedDays())
                .isEqualTo(100);
    }

    @Test
    void a_short_range_is_one_chunk() {
        SyncRange week = new SyncRange(TODAY.minusDays(6), TODAY);

        assertThat(ChunkPlan.of(week, 90, List.of()).pending()).containsExactly(new Chunk(TODAY.minusDays(6), TODAY));
    }
}
