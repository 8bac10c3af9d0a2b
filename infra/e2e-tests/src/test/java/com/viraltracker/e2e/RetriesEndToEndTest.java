package com.viraltracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.JobType;
import com.viraltracker.events.Topics;
import com.viraltracker.graphsim.InsightRow;
import com.viraltracker.testing.TopicProbe;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * The scheduler's retries across the processes: a run whose attempt failed for a passing reason (the SMTP host
 * refused, Meta answered 5xx or throttled) is attempted again as the same run and succeeds then; one that failed for
 * a reason only a person can fix (an expired token, a request Meta refuses, a brand with nothing to sync) fails at
 * its first attempt and is never attempted again. The stack's back-off is seconds instead of minutes
 * ({@link E2eStack#RETRY_BASE_BACKOFF}); everything else is as in production.
 */
@ExtendWith(E2eStack.class)
class RetriesEndToEndTest {
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(90);

    private final E2eStack.Running stack;
    private final Schedules schedules;

    RetriesEndToEndTest(E2eStack.Running stack) {
        this.stack = stack;
        this.schedules = new Schedules(stack);
    }

    @Test
    void a_scorecard_whose_email_was_refused_is_emailed_by_attempt_2_of_the_run_from_the_stored_scorecard() {
        Brand brand = Brand.linked(stack);
        syncOnce(brand);
        String scorecard = schedules.createRecurring(
                brand, "scorecard", "0 9 * * 1", Map.of("days_back", 7, "export_email", brand.email()));
        double producedBefore = scorecardsProduced();
        int refusedBefore = stack.smtp.refused();
        // The SMTP host is down for exactly as long as the first attempt keeps trying it.
        stack.smtp.refuseNext(E2eStack.MAIL_ATTEMPTS);

        schedules.makeDue(scorecard);
        JsonNode waiting = schedules.run(schedules
                .awaitLastRunStatus(scorecard, "retrying", RUN_TIMEOUT)
                .path("id")
                .asString());

        String runId = waiting.path("id").asString();
        assertThat(waiting.path("attempt").asInt())
                .as("the attempt it waits to make: %s", waiting)
                .isEqualTo(2);
        assertThat(waiting.path("error_category").asString()).isEqualTo("DELIVERY");
        assertThat(waiting.path("error_message").asString())
                .contains("is stored, but e-mailing it to " + brand.email() + " failed");
        Instant nextAttemptAt = Instant.parse(waiting.path("next_attempt_at").asString());
        assertThat(stack.smtp.refused() - refusedBefore).isEqualTo(E2eStack.MAIL_ATTEMPTS);
        assertThat(inbox().to(brand.email())).isEmpty();
        String storedId = stack.text("SELECT id FROM scorecards WHERE run_id = '" + runId + "'");
        assertThat(storedId)
                .as("attempt 1 stored the scorecard before e-mailing it")
                .isNotNull();

        JsonNode job = schedules.awaitLastRunFinished(scorecard, RUN_TIMEOUT);
        assertThat(job.path("last_run_status").asString()).as("%s", job).isEqualTo("succeeded");
        JsonNode run = schedules.run(runId);
        assertThat(run.path("attempt").asInt()).isEqualTo(2);
        assertThat(run.path("error_category").isMissingNode()
                        || run.path("error_category").isNull())
                .as("the successful attempt's result replaced the failed one's: %s", run)
                .isTrue();
        Instant secondStarted = Instant.parse(run.path("started_at").asString());
        assertThat(secondStarted).isAfterOrEqualTo(nextAttemptAt);
        assertThat(run.path("summary").path("scorecard_id").asString()).isEqualTo(storedId);

        // Sent once, by attempt 2, from the scorecard attempt 1 stored: one scorecard for the period, built before
        // attempt 2 started and never again, and the e-mail carries exactly what the API serves for it.
        JsonNode stored = stack.scorecard().get("/api/v1/scorecards/" + storedId);
        assertThat(stack.text(
                        "SELECT count(*) FROM scorecards WHERE brand_id = '" + brand.id() + "' AND period_start = '"
                                + stored.path("period").path("start").asString("") + "'"))
                .isEqualTo("1");
        assertThat(stack.text("SELECT count(*) FROM scorecards WHERE brand_id = '" + brand.id() + "'"))
                .isEqualTo("1");
        assertThat(Instant.parse(stored.path("created_at").asString())).isBefore(secondStarted);
        assertThat(scorecardsProduced() - producedBefore).isEqualTo(1.0);
        List<MimeMessage> received = inbox().to(brand.email());
        assertThat(received).hasSize(1);
        assertThat(Inbox.attachment(received.get(0), ".csv"))
                .isEqualTo(new String(stack.scorecard().getBytes("/api/v1/scorecards/" + storedId + ".csv")));
        assertThat(stored.path("emailed_to").asString()).isEqualTo(brand.email());
    }

    @ParameterizedTest(name = "{1}: Meta answers {0}")
    @CsvSource({"temporary, TRANSIENT", "user_rate_limit, RATE_LIMITED"})
    void a_sync_that_meta_failed_for_a_while_is_attempted_again_after_its_back_off_and_succeeds(
            String fault, String category) {
        Brand brand = Brand.linked(stack);
        // Every try of the first attempt's first insights call fails; the fault has passed by the second attempt.
        stack.simulatorAdmin()
                .post(
                        "/_admin/accounts/" + brand.adAccountId() + "/faults",
                        Map.of("fault", fault, "times", E2eStack.GRAPH_CALL_ATTEMPTS, "scope", "insights"));
        String sync = schedules.createRecurring(brand, "meta_sync", "0 6 * * *", Map.of("days_back", 3));

        schedules.makeDue(sync);
        JsonNode waiting = schedules.run(schedules
                .awaitLastRunStatus(sync, "retrying", RUN_TIMEOUT)
                .path("id")
                .asString());

        assertThat(waiting.path("attempt").asInt()).as("%s", waiting).isEqualTo(2);
        assertThat(waiting.path("error_category").asString()).isEqualTo(category);
        Instant firstStarted = Instant.parse(waiting.path("started_at").asString());
        Instant nextAttemptAt = Instant.parse(waiting.path("next_attempt_at").asString());
        // At least half the base back-off after the failure, which came after the attempt started.
        assertThat(Duration.between(firstStarted, nextAttemptAt))
                .isGreaterThanOrEqualTo(E2eStack.RETRY_BASE_BACKOFF.dividedBy(2));
        assertThat(stack.scheduler()
                        .get("/api/v1/jobs/" + sync)
                        .path("last_error")
                        .asString())
                .isEqualTo(waiting.path("error_message").asString());

        JsonNode job = schedules.awaitLastRunFinished(sync, RUN_TIMEOUT);
        assertThat(job.path("last_run_status").asString()).as("%s", job).isEqualTo("succeeded");
        JsonNode run = schedules.run(waiting.path("id").asString());
        assertThat(run.path("attempt").asInt()).isEqualTo(2);
        assertThat(Instant.parse(run.path("started_at").asString())).isAfterOrEqualTo(nextAttemptAt);
        LocalDate since = LocalDate.parse(run.path("summary").path("since").asString());
        LocalDate until = LocalDate.parse(run.path("summary").path("until").asString());
        List<InsightRow> truth = stack.simulator.groundTruth(brand.adAccountId(), since, until);
        assertThat(stack.text("SELECT count(*) FROM meta_ads_performance WHERE brand_id = '" + brand.id() + "'"))
                .isEqualTo(String.valueOf(truth.size()));
    }

    @Test
    void an_expired_token_a_request_meta_refuses_and_a_brand_without_an_account_fail_at_attempt_1_for_good()
            throws Exception {
        Brand expired = Brand.linked(stack);
        stack.simulatorAdmin()
                .post("/_admin/accounts/" + expired.adAccountId() + "/faults", Map.of("fault", "expired_token"));
        Brand refused = Brand.linked(stack);
        // Error 100 without a subcode: Meta will not answer this request, however often it is asked.
        stack.simulatorAdmin()
                .post(
                        "/_admin/accounts/" + refused.adAccountId() + "/faults",
                        Map.of("fault", "echo_request", "scope", "insights"));
        Brand unlinked = Brand.unlinked();
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put(schedules.createRecurring(expired, "meta_sync", "0 6 * * *", Map.of("days_back", 3)), "AUTH");
        expected.put(
                schedules.createRecurring(refused, "meta_sync", "0 6 * * *", Map.of("days_back", 3)), "INVALID_INPUT");
        expected.put(
                schedules.createRecurring(unlinked, "meta_sync", "0 6 * * *", Map.of("days_back", 3)), "NOT_FOUND");

        try (TopicProbe requests = TopicProbe.fromNow(Topics.jobRequests(JobType.META_SYNC))) {
            schedules.makeDue(expected.keySet().toArray(String[]::new));
            Map<String, String> runIds = new java.util.LinkedHashMap<>();
            for (var schedule : expected.entrySet()) {
                JsonNode job = schedules.awaitLastRunFinished(schedule.getKey(), RUN_TIMEOUT);
                JsonNode run = schedules.run(
                        schedules.lastRun(schedule.getKey()).path("id").asString());
                assertFailedAtFirstAttempt(run, schedule.getValue());
                assertThat(job.path("last_run_status").asString()).isEqualTo("failed");
                assertThat(job.path("last_error").asString())
                        .isEqualTo(run.path("error_message").asString());
                assertThat(job.path("status").asString())
                        .as("a failed run leaves the schedule active")
                        .isEqualTo("active");
                runIds.put(schedule.getKey(), run.path("id").asString());
            }

            // Longer than any back-off plus the relay's round: a retry would have been published by now.
            List<ConsumerRecord<String, byte[]>> published = requests.drain(
                    E2eStack.RETRY_MAX_BACKOFF.plus(E2eStack.RELAY_ROUND).plusSeconds(1));
            for (var schedule : expected.entrySet()) {
                String runId = runIds.get(schedule.getKey());
                List<Integer> attempts = published.stream()
                        .map(record -> Api.JSON.readTree(record.value()))
                        .filter(body -> body.path("run_id").asString().equals(runId))
                        .map(body -> body.path("attempt").asInt())
                        .toList();
                assertThat(attempts)
                        .as("attempts of the %s run published", schedule.getValue())
                        .containsExactly(1);
                assertFailedAtFirstAttempt(schedules.run(runId), schedule.getValue());
            }
        }
        assertThat(stack.text("SELECT count(*) FROM meta_ads_performance WHERE brand_id IN ('" + expired.id() + "', '"
                        + refused.id() + "')"))
                .isEqualTo("0");
    }

    private static void assertFailedAtFirstAttempt(JsonNode run, String category) {
        assertThat(run.path("status").asString()).as("%s", run).isEqualTo("failed");
        assertThat(run.path("attempt").asInt()).as("%s", run).isEqualTo(1);
        assertThat(run.path("error_category").asString()).as("%s", run).isEqualTo(category);
        assertThat(run.path("error_message").asString()).isNotBlank();
        assertThat(run.path("next_attempt_at").isMissingNode()
                        || run.path("next_attempt_at").isNull())
                .as("no next attempt: %s", run)
                .isTrue();
    }

    /** Gives the brand a week of stored performance, through a real sync. */
    private void syncOnce(Brand brand) {
        String sync = schedules.createRecurring(brand, "meta_sync", "0 6 * * *", Map.of("days_back", 7));
        schedules.makeDue(sync);
        JsonNode job = schedules.awaitLastRunFinished(sync, RUN_TIMEOUT);
        assertThat(job.path("last_run_status").asString()).as("%s", job).isEqualTo("succeeded");
    }

    /** scorecard-service's count of scorecards it computed and stored, from its metrics endpoint. */
    private double scorecardsProduced() {
        String metrics = new String(stack.scorecard().getBytes("/actuator/prometheus"));
        return metrics.lines()
                .filter(line -> line.startsWith("viraltracker_scorecard_produced_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private Inbox inbox() {
        return new Inbox(stack.mail);
    }
}
