package com.viraltracker.scheduler.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.JobType;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.serde.EventJson;
import com.viraltracker.events.serde.JobEnvelope;
import com.viraltracker.scheduler.WorkerResults;
import com.viraltracker.scheduler.WorkerResultsTestBase;
import com.viraltracker.scheduler.metrics.ProgressReportCounter;
import com.viraltracker.testing.TopicProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Each error category's retry behaviour end to end: a run is requested on its topic, the test answers as its worker
 * would on the results topic, and a retry shows as the same run published again with the next attempt number. The
 * back-offs are short so the waits are real: a scorecard gets two attempts in all, a meta sync its default three.
 */
@TestPropertySource(
        properties = {
            "viraltracker.scheduler.retries.base-backoff=1s",
            "viraltracker.scheduler.retries.max-backoff=2s",
            "viraltracker.scheduler.retries.max-attempts.scorecard=2",
            // The relay looks for due retries on each round; short rounds keep the wait close to the back-off.
            "viraltracker.scheduler.relay.retry-backoff=200ms"
        })
@SuppressWarnings("unchecked")
class RetriesTest extends WorkerResultsTestBase {
    @Autowired
    MeterRegistry registry;

    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(20);
    /** Longer than the longest back-off plus a relay round: a retry that was going to come would have come. */
    private static final Duration QUIET = Duration.ofSeconds(4);

    @Test
    void a_transient_failure_is_published_again_as_attempt_2_after_the_backoff_and_then_succeeds() {
        try (TopicProbe topic = TopicProbe.fromNow(JobType.META_SYNC.requestTopic())) {
            UUID job = schedule(brand, "retried meta_sync", "meta_sync", "{\"days_back\": 7}");
            UUID run = runNow(job);
            assertThat(attemptOf(awaitRequest(topic, run, 1))).isEqualTo(1);
            send(JobResult.started(envelope(JobType.META_SYNC, run, job, 1), Instant.now(), "meta-sync-service"));
            Instant failedAt = Instant.now();
            send(failed(JobType.META_SYNC, run, job, 1, ErrorCategory.TRANSIENT, "Meta kept failing (HTTP 503)"));

            Map<String, Object> retrying = awaitStatus(run, "retrying");
            assertThat(retrying)
                    .containsEntry("attempt", 2)
                    .containsEntry("error_category", "TRANSIENT")
                    .containsEntry("error_message", "Meta kept failing (HTTP 503)")
                    .doesNotContainKey("finished_at");
            Instant nextAttemptAt = Instant.parse((String) retrying.get("next_attempt_at"));
            // The first back-off is the base (1 s) less up to half of it at random.
            assertThat(nextAttemptAt)
                    .isBetween(failedAt.plusMillis(500), Instant.now().plusSeconds(1));
            assertThat(scheduleView(job))
                    .containsEntry("last_run_status", "retrying")
                    .containsEntry("last_error", "Meta kept failing (HTTP 503)");
            assertThat(historyItem(run))
                    .containsEntry("status", "retrying")
                    .containsEntry("attempt", 2)
                    .containsEntry("next_attempt_at", retrying.get("next_attempt_at"))
                    .containsEntry("error_category", "TRANSIENT");

            ConsumerRecord<String, byte[]> second = awaitRequest(topic, run, 2);
            assertThat(Instant.ofEpochMilli(second.timestamp()))
                    .isAfterOrEqualTo(nextAttemptAt.truncatedTo(ChronoUnit.MILLIS));
            assertThat(new String(second.value())).contains("\"days_back\":7");
            send(JobResult.started(envelope(JobType.META_SYNC, run, job, 2), Instant.now(), "meta-sync-service"));
            send(JobResult.succeeded(
                    envelope(JobType.META_SYNC, run, job, 2),
                    Instant.now(),
                    Instant.now(),
                    Map.of("rows_upserted", 3),
                    "meta-sync-service"));

            assertThat(awaitStatus(run, "succeeded"))
                    .containsEntry("attempt", 2)
                    .doesNotContainKey("next_attempt_at")
                    .doesNotContainKey("error_category")
                    .doesNotContainKey("error_message");
            assertThat(scheduleView(job))
                    .containsEntry("last_run_status", "succeeded")
                    .doesNotContainKey("last_error");
            assertThat(requestsOf(topic, run)).as("one request per attempt").hasSize(2);
        }
    }

    @Test
    void a_rate_limited_run_comes_back_no_earlier_than_the_workers_hint_even_when_that_is_after_the_backoff() {
        try (TopicProbe topic = TopicProbe.fromNow(JobType.META_SYNC.requestTopic())) {
            UUID job = schedule(brand, "retried meta_sync", "meta_sync", "{}");
            UUID run = runNow(job);
            awaitRequest(topic, run, 1);
            Instant hint = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.MILLIS);
            send(failed(JobType.META_SYNC, run, job, 1, ErrorCategory.RATE_LIMITED, "Meta throttled act_1")
                    .withRetryAfter(hint));

            Map<String, Object> retrying = awaitStatus(run, "retrying");
            assertThat(Instant.parse((String) retrying.get("next_attempt_at"))).isEqualTo(hint);
            assertThat(retrying).containsEntry("error_category", "RATE_LIMITED");
            ConsumerRecord<String, byte[]> second = awaitRequest(topic, run, 2);
            assertThat(Instant.ofEpochMilli(second.timestamp())).isAfterOrEqualTo(hint);
        }
    }

    @Test
    void a_failed_delivery_is_retried_and_the_job_types_last_attempt_fails_for_good() {
        try (TopicProbe topic = TopicProbe.fromNow(JobType.SCORECARD.requestTopic())) {
            UUID job = schedule(
                    brand,
                    "retried scorecard",
                    "scorecard",
                    "{\"days_back\": 7, \"export_email\": \"you@example.com\"}");
            UUID run = runNow(job);
            awaitRequest(topic, run, 1);
            send(failed(JobType.SCORECARD, run, job, 1, ErrorCategory.DELIVERY, "e-mailing it failed (attempt 1)"));
            assertThat(awaitStatus(run, "retrying")).containsEntry("error_category", "DELIVERY");

            awaitRequest(topic, run, 2);
            send(failed(JobType.SCORECARD, run, job, 2, ErrorCategory.DELIVERY, "e-mailing it failed (attempt 2)"));

            // Scorecards get two attempts here (max-attempts.scorecard=2): the second failure is final.
            assertThat(awaitStatus(run, "failed"))
                    .containsEntry("attempt", 2)
                    .doesNotContainKey("next_attempt_at")
                    .containsEntry("error_category", "DELIVERY")
                    .containsEntry("error_message", "e-mailing it failed (attempt 2)");
            assertThat(scheduleView(job)).containsEntry("last_run_status", "failed");
            topic.drain(QUIET);
            assertThat(requestsOf(topic, run)).as("no third attempt").hasSize(2);
        }
    }

    @Test
    void auth_invalid_input_not_found_and_internal_failures_fail_at_once_and_are_not_published_again() {
        List<ErrorCategory> finalCategories = List.of(
                ErrorCategory.AUTH, ErrorCategory.INVALID_INPUT, ErrorCategory.NOT_FOUND, ErrorCategory.INTERNAL);
        try (TopicProbe topic = TopicProbe.fromNow(JobType.META_SYNC.requestTopic())) {
            UUID job = schedule(brand, "retried meta_sync", "meta_sync", "{}");
            for (ErrorCategory category : finalCategories) {
                UUID run = runNow(job);
                awaitRequest(topic, run, 1);
                send(failed(JobType.META_SYNC, run, job, 1, category, category + " is not worth a retry"));
                assertThat(awaitStatus(run, "failed"))
                        .as(category.name())
                        .containsEntry("attempt", 1)
                        .containsEntry("error_category", category.name())
                        .doesNotContainKey("next_attempt_at");
            }
            topic.drain(QUIET);
            assertThat(topic.drain(Duration.ZERO).stream()
                            .filter(record -> brand.toString().equals(record.key()))
                            .map(RetriesTest::attemptOf))
                    .as("only first attempts were published")
                    .hasSize(finalCategories.size())
                    .containsOnly(1);
        }
    }

    @Test
    void a_duplicate_or_stale_result_of_an_earlier_attempt_changes_nothing() {
        try (TopicProbe topic = TopicProbe.fromNow(JobType.META_SYNC.requestTopic())) {
            UUID job = schedule(brand, "retried meta_sync", "meta_sync", "{}");
            UUID run = runNow(job);
            awaitRequest(topic, run, 1);
            JobEnvelope first = envelope(JobType.META_SYNC, run, job, 1);
            // A hint far enough ahead that the run is still waiting when the stale results have been applied.
            Instant hint = Instant.now().plusSeconds(6).truncatedTo(ChronoUnit.MILLIS);
            JobResult rateLimited = failed(JobType.META_SYNC, run, job, 1, ErrorCategory.RATE_LIMITED, "throttled")
                    .withRetryAfter(hint);
            send(rateLimited);
            Map<String, Object> retrying = awaitStatus(run, "retrying");

            send(rateLimited);
            send(failed(JobType.META_SYNC, run, job, 1, ErrorCategory.TRANSIENT, "a stale failure"));
            send(JobResult.started(first, Instant.now(), "meta-sync-service"));
            send(JobResult.succeeded(first, Instant.now(), Instant.now(), Map.of(), "meta-sync-service"));
            // Results of one brand share a partition and are applied in order: once this run of the same brand
            // shows its result, the ones sent before it have been applied too.
            UUID marker = runNow(job);
            awaitRequest(topic, marker, 1);
            send(JobResult.started(envelope(JobType.META_SYNC, marker, job, 1), Instant.now(), "meta-sync-service"));
            awaitStatus(marker, "running");

            Map<String, Object> after = runView(run);
            assertThat(after).isEqualTo(retrying);
            awaitRequest(topic, run, 2);
            topic.drain(QUIET);
            assertThat(requestsOf(topic, run))
                    .extracting(RetriesTest::attemptOf)
                    .containsExactly(1, 2);
        }
    }

    @Test
    void a_progress_report_of_the_failed_attempt_is_ignored_and_the_next_attempts_is_shown_and_counted() {
        try (TopicProbe topic = TopicProbe.fromNow(JobType.META_SYNC.requestTopic())) {
            UUID job = schedule(brand, "retried backfill", "meta_sync", "{\"days_back\": 7}");
            UUID run = runNow(job);
            awaitRequest(topic, run, 1);
            send(progress(run, job, 1, 3));
            Map<String, Object> first = awaitStatus(run, "running");
            assertThat((Map<String, Object>) first.get("progress")).containsEntry("chunks_done", 3);
            send(failed(JobType.META_SYNC, run, job, 1, ErrorCategory.TRANSIENT, "Meta kept failing (HTTP 503)"));
            assertThat(awaitStatus(run, "retrying")).doesNotContainKeys("progress", "last_progress_at");

            awaitRequest(topic, run, 2);
            awaitStatus(run, "dispatched");
            double reportsBefore = progressReports();
            double appliedBefore = progressResultsApplied();
            send(progress(run, job, 1, 4));
            send(progress(run, job, 2, 5));

            Map<String, Object> second = awaitStatus(run, "running");
            assertThat(second).containsEntry("attempt", 2).containsKey("last_progress_at");
            assertThat((Map<String, Object>) second.get("progress"))
                    .isEqualTo(Map.of("chunks_done", 5, "chunks_total", 13, "days_stored", 450));
            awaitUntil(() -> progressResultsApplied() >= appliedBefore + 2);
            assertThat(progressReports())
                    .as("only the current attempt's report")
                    .isEqualTo(reportsBefore + 1);
        }
    }

    /** A run the scheduler dispatched: its worker's results leave out the occurrence, which the scheduler has. */
    private JobEnvelope envelope(JobType type, UUID run, UUID job, int attempt) {
        return new JobEnvelope(type, run, job, brand, null, attempt);
    }

    private JobResult failed(JobType type, UUID run, UUID job, int attempt, ErrorCategory category, String message) {
        return JobResult.failed(
                envelope(type, run, job, attempt),
                Instant.now(),
                Instant.now(),
                category,
                message,
                type.wireName() + "-worker");
    }

    /** A backfill of 13 chunks of 90 days, {@code chunks} of them done. */
    private JobResult progress(UUID run, UUID job, int attempt, int chunks) {
        return JobResult.progress(
                envelope(JobType.META_SYNC, run, job, attempt),
                Instant.now(),
                Map.of("chunks_done", chunks, "chunks_total", 13, "days_stored", chunks * 90),
                "meta-sync-service");
    }

    private double progressReports() {
        return registry.get(ProgressReportCounter.NAME)
                .tag("job_type", "meta_sync")
                .counter()
                .count();
    }

    private double progressResultsApplied() {
        return registry.find("viraltracker.scheduler.results.applied").tag("status", "PROGRESS").counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    private static void awaitUntil(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PUBLISHED_WITHIN);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not so within " + PUBLISHED_WITHIN);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private void send(JobResult result) {
        WorkerResults.send(events, result);
    }

    private ConsumerRecord<String, byte[]> awaitRequest(TopicProbe topic, UUID run, int attempt) {
        return topic.awaitOne(
                record -> run.toString().equals(runIdOf(record)) && attemptOf(record) == attempt, PUBLISHED_WITHIN);
    }

    private static List<ConsumerRecord<String, byte[]>> requestsOf(TopicProbe topic, UUID run) {
        return topic.drain(Duration.ZERO).stream()
                .filter(record -> run.toString().equals(runIdOf(record)))
                .toList();
    }

    private static String runIdOf(ConsumerRecord<String, byte[]> record) {
        return EventJson.mapper().readTree(record.value()).path("run_id").asString();
    }

    private static int attemptOf(ConsumerRecord<String, byte[]> record) {
        return EventJson.mapper().readTree(record.value()).path("attempt").asInt();
    }

    private Map<String, Object> awaitStatus(UUID run, String status) {
        WorkerResults.awaitStatus(web, run, status);
        return runView(run);
    }
}
