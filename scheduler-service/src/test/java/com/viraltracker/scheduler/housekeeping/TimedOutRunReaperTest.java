package com.viraltracker.scheduler.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.JobType;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.serde.JobEnvelope;
import com.viraltracker.scheduler.MovableTime;
import com.viraltracker.scheduler.WorkerResultsTestBase;
import com.viraltracker.scheduler.results.ResultApplier;
import com.viraltracker.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The reaper counts a run's timeout (meta_sync: 30 minutes) from the latest sign of it: dispatch, start or last
 * progress report. Three meta syncs dispatched together: one reports progress every quarter of an hour for most of an
 * hour, one reports once and stops, one starts 20 minutes late and reports nothing. The test moves the clock.
 */
@Import(MovableTime.class)
class TimedOutRunReaperTest extends WorkerResultsTestBase {
    private static final String WORKER = "meta-sync-service";

    @Autowired
    TimedOutRunReaper reaper;

    @Autowired
    ResultApplier applier;

    @Autowired
    MutableClock clock;

    @Test
    void a_run_that_keeps_reporting_progress_outlives_its_timeout_and_one_whose_reports_stopped_does_not() {
        Instant dispatched = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        clock.set(dispatched);
        UUID job = schedule(brand, "Backfill", "meta_sync", "{}");
        UUID reporting = dispatchedRun(job, dispatched, 1);
        UUID stopped = dispatchedRun(schedule(brand, "Backfill 2", "meta_sync", "{}"), dispatched, 1);
        UUID startedLate = dispatchedRun(schedule(brand, "Backfill 3", "meta_sync", "{}"), dispatched, 1);

        at(dispatched.plus(Duration.ofMinutes(10)));
        report(reporting, 1);
        report(stopped, 1);
        at(dispatched.plus(Duration.ofMinutes(20)));
        apply(JobResult.started(envelope(startedLate), clock.instant(), WORKER));
        at(dispatched.plus(Duration.ofMinutes(25)));
        report(reporting, 2);

        at(dispatched.plus(Duration.ofMinutes(35)));
        reaper.reap().block();
        assertThat(statusOf(reporting)).isEqualTo("running");
        assertThat(statusOf(stopped)).as("25 minutes after its report").isEqualTo("running");
        assertThat(statusOf(startedLate)).isEqualTo("running");

        at(dispatched.plus(Duration.ofMinutes(40)));
        report(reporting, 3);
        at(dispatched.plus(Duration.ofMinutes(41)));
        reaper.reap().block();
        assertThat(statusOf(reporting)).isEqualTo("running");
        assertThat(statusOf(stopped)).as("31 minutes after its report").isEqualTo("timed_out");
        assertThat(statusOf(startedLate)).as("21 minutes after its start").isEqualTo("running");
        assertThat(text("SELECT error_message FROM scheduler.job_runs WHERE id = '" + stopped + "'"))
                .startsWith("no result or progress within 30 minutes");

        at(dispatched.plus(Duration.ofMinutes(51)));
        reaper.reap().block();
        assertThat(statusOf(startedLate)).as("31 minutes after its start").isEqualTo("timed_out");
        assertThat(statusOf(reporting)).as("11 minutes after its report").isEqualTo("running");

        at(dispatched.plus(Duration.ofMinutes(55)));
        report(reporting, 4);
        at(dispatched.plus(Duration.ofMinutes(80)));
        reaper.reap().block();
        assertThat(statusOf(reporting))
                .as("80 minutes after dispatch, 25 after its report")
                .isEqualTo("running");

        at(dispatched.plus(Duration.ofMinutes(86)));
        reaper.reap().block();
        assertThat(statusOf(reporting)).as("31 minutes after its last report").isEqualTo("timed_out");
    }

    private void at(Instant time) {
        clock.set(time);
    }

    private void report(UUID run, int chunksDone) {
        apply(JobResult.progress(
                envelope(run),
                clock.instant(),
                Map.of("chunks_done", chunksDone, "chunks_total", 13, "days_stored", chunksDone * 90),
                WORKER));
    }

    /** As the results consumer applies a result it has just received. */
    private void apply(JobResult result) {
        applier.apply(result, clock.instant()).block(Duration.ofSeconds(30));
    }

    private JobEnvelope envelope(UUID run) {
        return new JobEnvelope(JobType.META_SYNC, run, null, brand, null, 1);
    }

    private String statusOf(UUID run) {
        return text("SELECT status FROM scheduler.job_runs WHERE id = '" + run + "'");
    }

    private String text(String sql) {
        try (var connection = database.connect();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
