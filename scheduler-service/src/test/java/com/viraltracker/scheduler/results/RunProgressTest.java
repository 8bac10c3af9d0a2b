package com.viraltracker.scheduler.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.JobType;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.serde.JobEnvelope;
import com.viraltracker.scheduler.MovableTime;
import com.viraltracker.scheduler.WorkerResultsTestBase;
import com.viraltracker.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * PROGRESS results applied to runs as the results consumer applies them, with the time each was sent: what the run
 * shows, which reports count (the run's current attempt, still going, newest first) and that nothing else changes.
 * The runs are inserted as the dispatcher leaves them; the clock is the test's.
 */
@Import(MovableTime.class)
@SuppressWarnings("unchecked")
class RunProgressTest extends WorkerResultsTestBase {
    private static final String WORKER = "meta-sync-service";

    @Autowired
    ResultApplier applier;

    @Autowired
    MutableClock clock;

    private Instant now;

    @BeforeEach
    void realTime() {
        now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        clock.set(now);
    }

    @Test
    void a_dispatched_run_that_reports_progress_is_running_and_shows_how_far_it_got() {
        UUID job = schedule(brand, "Backfill", "meta_sync", "{}");
        UUID run = dispatchedRun(job, now, 1);

        assertThat(apply(progress(run, job, 1, 3, 270), now.plusSeconds(40))).isTrue();

        Map<String, Object> shown = runView(run);
        assertThat(shown)
                .containsEntry("status", "running")
                .containsEntry("attempt", 1)
                .containsEntry("worker", WORKER)
                .containsEntry("last_progress_at", now.plusSeconds(40).toString());
        assertThat((Map<String, Object>) shown.get("progress"))
                .isEqualTo(Map.of("chunks_done", 3, "chunks_total", 13, "days_stored", 270));
        assertThat(scheduleView(job)).containsEntry("last_run_status", "running");
        assertThat(historyItem(run))
                .containsEntry("status", "running")
                .containsEntry("last_progress_at", now.plusSeconds(40).toString())
                .containsEntry("progress", Map.of("chunks_done", 3, "chunks_total", 13, "days_stored", 270));
    }

    @Test
    void a_run_without_a_report_shows_no_progress() {
        UUID job = schedule(brand, "Backfill", "meta_sync", "{}");
        UUID run = dispatchedRun(job, now, 1);

        assertThat(runView(run)).doesNotContainKeys("progress", "last_progress_at");
    }

    @Test
    void a_report_sent_before_the_one_recorded_does_not_replace_it() {
        UUID job = schedule(brand, "Backfill", "meta_sync", "{}");
        UUID run = dispatchedRun(job, now, 1);
        apply(progress(run, job, 1, 4, 360), now.plusSeconds(80));

        assertThat(apply(progress(run, job, 1, 3, 270), now.plusSeconds(60))).isFalse();
        assertThat(apply(progress(run, job, 1, 4, 360), now.plusSeconds(80)))
                .as("resent")
                .isFalse();

        Map<String, Object> shown = runView(run);
        assertThat((Map<String, Object>) shown.get("progress")).containsEntry("chunks_done", 4);
        assertThat(shown).containsEntry("last_progress_at", now.plusSeconds(80).toString());

        assertThat(apply(progress(run, job, 1, 5, 450), now.plusSeconds(100))).isTrue();
        assertThat((Map<String, Object>) runView(run).get("progress")).containsEntry("chunks_done", 5);
    }

    @Test
    void a_report_of_an_earlier_attempt_changes_nothing_and_one_of_the_current_attempt_is_shown() {
        UUID job = schedule(brand, "Backfill", "meta_sync", "{}");
        UUID run = dispatchedRun(job, now, 2);
        Map<String, Object> before = runView(run);

        assertThat(apply(progress(run, job, 1, 9, 810), now.plusSeconds(5))).isFalse();
        assertThat(runView(run)).isEqualTo(before);

        assertThat(apply(progress(run, job, 2, 1, 90), now.plusSeconds(6))).isTrue();
        assertThat(runView(run)).containsEntry("status", "running").containsEntry("attempt", 2);
        assertThat((Map<String, Object>) runView(run).get("progress")).containsEntry("chunks_done", 1);
    }

    @Test
    void a_report_arriving_after_the_run_finished_changes_nothing() {
        UUID job = schedule(brand, "Backfill", "meta_sync", "{}");
        UUID run = dispatchedRun(job, now, 1);
        apply(progress(run, job, 1, 12, 1080), now.plusSeconds(50));
        apply(
                JobResult.succeeded(
                        envelope(run, job, 1),
                        now,
                        now.plusSeconds(70),
                        Map.of("rows_upserted", 4_000, "days_stored", 1170),
                        WORKER),
                now.plusSeconds(70));
        Map<String, Object> finished = runView(run);

        assertThat(apply(progress(run, job, 1, 13, 1170), now.plusSeconds(60))).isFalse();
        assertThat(apply(progress(run, job, 1, 13, 1170), now.plusSeconds(90))).isFalse();

        assertThat(runView(run)).isEqualTo(finished).containsEntry("status", "succeeded");
        assertThat(scheduleView(job)).containsEntry("last_run_status", "succeeded");
    }

    @Test
    void a_report_leaves_a_running_runs_status_and_start_as_they_were() {
        UUID job = schedule(brand, "Backfill", "meta_sync", "{}");
        UUID run = dispatchedRun(job, now, 1);
        apply(JobResult.started(envelope(run, job, 1), now.plusSeconds(1), WORKER), now.plusSeconds(1));
        Map<String, Object> started = runView(run);

        apply(progress(run, job, 1, 2, 180), now.plusSeconds(30));

        Map<String, Object> progressed = runView(run);
        assertThat(progressed)
                .containsEntry("status", "running")
                .containsEntry("started_at", started.get("started_at"))
                .containsEntry("attempt", 1);
    }

    @Test
    void the_failed_attempts_progress_is_not_shown_as_the_next_attempts() {
        UUID job = schedule(brand, "Backfill", "meta_sync", "{}");
        UUID run = dispatchedRun(job, now, 1);
        apply(progress(run, job, 1, 6, 540), now.plusSeconds(30));

        apply(
                JobResult.failed(
                        envelope(run, job, 1),
                        now,
                        now.plusSeconds(40),
                        ErrorCategory.TRANSIENT,
                        "Meta kept failing (HTTP 503)",
                        WORKER),
                now.plusSeconds(40));

        assertThat(runView(run))
                .containsEntry("status", "retrying")
                .containsEntry("attempt", 2)
                .doesNotContainKeys("progress", "last_progress_at");
    }

    @Test
    void a_report_dated_ahead_of_the_schedulers_clock_counts_as_sent_now() {
        UUID job = schedule(brand, "Backfill", "meta_sync", "{}");
        UUID run = dispatchedRun(job, now, 1);

        applier.apply(progress(run, job, 1, 1, 90), now.plus(Duration.ofHours(5)))
                .block(Duration.ofSeconds(30));

        assertThat(runView(run)).containsEntry("last_progress_at", now.toString());
    }

    /** Received as soon as sent: the scheduler's clock is at least at the sending time. */
    private boolean apply(JobResult result, Instant sentAt) {
        if (sentAt.isAfter(clock.instant())) {
            clock.set(sentAt);
        }
        return Boolean.TRUE.equals(applier.apply(result, sentAt).block(Duration.ofSeconds(30)));
    }

    private JobEnvelope envelope(UUID run, UUID job, int attempt) {
        return new JobEnvelope(JobType.META_SYNC, run, job, brand, null, attempt);
    }

    /** A backfill of 13 chunks of 90 days, {@code chunks} of them done. */
    private JobResult progress(UUID run, UUID job, int attempt, int chunks, int days) {
        return JobResult.progress(
                envelope(run, job, attempt),
                now,
                Map.of("chunks_done", chunks, "chunks_total", 13, "days_stored", days),
                WORKER);
    }
}
