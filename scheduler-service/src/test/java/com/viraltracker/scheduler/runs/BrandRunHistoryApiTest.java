package com.viraltracker.scheduler.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.JobType;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.serde.JobEnvelope;
import com.viraltracker.scheduler.WorkerResults;
import com.viraltracker.scheduler.WorkerResultsTestBase;
import com.viraltracker.testing.Answers;
import com.viraltracker.testing.TestTokens;
import com.viraltracker.testing.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A brand with a daily sync and a weekly scorecard, each run once by hand (the sync succeeded in 3 s, the scorecard
 * failed), and a run another system requested straight on the scorecard topic. Schedules are inserted as the seed's
 * SQL does; results arrive over Kafka as workers send them.
 */
@SuppressWarnings("unchecked")
class BrandRunHistoryApiTest extends WorkerResultsTestBase {
    private static final Instant EXTERNAL_OCCURRENCE = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void a_brands_history_holds_its_runs_across_schedules_newest_first_with_names_durations_and_errors() {
        Runs runs = threeRuns();
        schedule(UUID.randomUUID(), "Someone else's sync", "meta_sync", "{}");

        Map<String, Object> page = history("");
        assertThat(page).containsEntry("total", 3).containsEntry("page", 0).containsEntry("size", 50);
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertThat(items)
                .extracting(item -> item.get("run_id"))
                .containsExactly(
                        runs.scorecard().toString(),
                        runs.sync().toString(),
                        runs.external().toString());

        Map<String, Object> scorecard = items.get(0);
        assertThat(scorecard)
                .containsEntry("job_id", runs.scorecardJob().toString())
                .containsEntry("job_name", "Weekly scorecard")
                .containsEntry("job_type", "scorecard")
                .containsEntry("trigger", "manual")
                .containsEntry("status", "failed")
                .containsEntry("attempt", 1)
                .containsEntry("error_category", "AUTH")
                .containsEntry("error_message", "the access token of act_1 expired; link the account again");
        assertThat((Map<String, Object>) scorecard.get("parameters")).containsEntry("min_spend", 25.0);

        Map<String, Object> sync = items.get(1);
        assertThat(sync)
                .containsEntry("job_name", "Daily sync")
                .containsEntry("status", "succeeded")
                .containsEntry("duration_ms", 3000)
                .containsEntry("summary", Map.of("rows_upserted", 42))
                .doesNotContainKey("error_category");
        assertThat((Map<String, Object>) sync.get("parameters")).containsEntry("days_back", 14);
        assertThat(Instant.parse((String) sync.get("finished_at")))
                .isEqualTo(Instant.parse((String) sync.get("started_at")).plusSeconds(3));

        Map<String, Object> external = items.get(2);
        assertThat(external)
                .containsEntry("trigger", "external")
                .containsEntry("scheduled_for", EXTERNAL_OCCURRENCE.toString())
                .containsEntry("status", "running")
                .doesNotContainKeys("job_id", "job_name", "duration_ms");
    }

    @Test
    void filters_by_status_and_job_type_and_pages_with_the_total_of_the_filtered_runs() {
        Runs runs = threeRuns();
        assertThat(runIds(history("?status=failed")))
                .containsExactly(runs.scorecard().toString());
        assertThat(runIds(history("?job_type=scorecard")))
                .containsExactly(runs.scorecard().toString(), runs.external().toString());
        assertThat(runIds(history("?job_type=scorecard&status=running")))
                .containsExactly(runs.external().toString());
        assertThat(history("?status=timed_out")).containsEntry("total", 0);
        // A form's "all" option sends an empty value.
        assertThat(history("?status=&job_type=")).containsEntry("total", 3);

        Map<String, Object> second = history("?page=1&size=1");
        assertThat(runIds(second)).containsExactly(runs.sync().toString());
        assertThat(second).containsEntry("total", 3).containsEntry("page", 1).containsEntry("size", 1);
    }

    @Test
    void an_unknown_status_or_job_type_and_paging_out_of_bounds_are_400s_naming_the_parameter() {
        expectInvalid("?status=done", "status");
        expectInvalid("?job_type=tiktok_sync", "job_type");
        expectInvalid("?size=201", "size");
        expectInvalid("?page=-1", "page");
        expectInvalid("?size=ten", "size");
    }

    @Test
    void run_again_queues_a_manual_run_of_the_same_schedule_with_the_same_parameters_and_publishes_it() {
        Runs runs = threeRuns();
        try (TopicProbe topic = TopicProbe.fromNow(JobType.SCORECARD.requestTopic())) {
            Map<String, Object> again = web.post()
                    .uri("/api/v1/runs/{id}/rerun", runs.scorecard())
                    .exchange()
                    .expectStatus()
                    .isAccepted()
                    .expectHeader()
                    .value(
                            HttpHeaders.LOCATION,
                            location -> assertThat(location).startsWith("/api/v1/runs/"))
                    .expectBody(Map.class)
                    .returnResult()
                    .getResponseBody();
            assertThat(again.get("run_id")).isNotEqualTo(runs.scorecard().toString());
            assertThat(again)
                    .containsEntry("job_id", runs.scorecardJob().toString())
                    .containsEntry("job_name", "Weekly scorecard")
                    .containsEntry("job_type", "scorecard")
                    .containsEntry("trigger", "manual")
                    .containsEntry("attempt", 1)
                    .doesNotContainKeys("error_category", "error_message", "finished_at");
            assertThat(again.get("parameters"))
                    .isEqualTo(itemOf(runs.scorecard()).get("parameters"));

            var event = topic.awaitOne(r -> brand.toString().equals(r.key()), Duration.ofSeconds(20));
            assertThat(TopicProbe.header(event, "ce_id")).isEqualTo(again.get("run_id"));
            assertThat(new String(event.value())).contains("\"min_spend\":25.0");
            assertThat(runIds(history("?job_type=scorecard"))).first().isEqualTo(again.get("run_id"));
        }
        // The failed run stays as it was: running again adds a run, it does not retry this one.
        assertThat(itemOf(runs.scorecard())).containsEntry("status", "failed");
    }

    @Test
    void a_run_that_has_not_finished_or_that_another_system_requested_cannot_be_run_again() {
        Runs runs = threeRuns();
        UUID inFlight = runNow(runs.syncJob());
        awaitStatus(inFlight, "dispatched");
        for (UUID run : List.of(inFlight, runs.external())) {
            web.post()
                    .uri("/api/v1/runs/{id}/rerun", run)
                    .exchange()
                    .expectStatus()
                    .isEqualTo(409)
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.detail")
                    .value(detail -> assertThat((String) detail).contains(run.toString()));
        }
        web.post()
                .uri("/api/v1/runs/{id}/rerun", UUID.randomUUID())
                .exchange()
                .expectStatus()
                .isNotFound();
        assertThat(history("")).containsEntry("total", 4);
    }

    @Test
    void a_viewer_reads_the_history_but_may_not_run_again() {
        Runs runs = threeRuns();
        String viewer = TestTokens.bearer(TestTokens.viewer(brand));
        web.get()
                .uri("/api/v1/brands/{b}/runs", brand)
                .headers(headers -> headers.set(HttpHeaders.AUTHORIZATION, viewer))
                .exchange()
                .expectStatus()
                .isOk();
        web.post()
                .uri("/api/v1/runs/{id}/rerun", runs.scorecard())
                .headers(headers -> headers.set(HttpHeaders.AUTHORIZATION, viewer))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(history("")).containsEntry("total", 3);
    }

    @Test
    void the_openapi_document_describes_the_filters_the_progress_and_the_answers_of_run_again() {
        String list = "$.paths['/api/v1/brands/{brandId}/runs'].get";
        String rerun = "$.paths['/api/v1/runs/{id}/rerun'].post";
        Answers.okJson(web.get().uri("/v3/api-docs"))
                .jsonPath(list + ".summary")
                .isEqualTo("A brand's runs across all its schedules, newest first")
                .jsonPath(list + ".parameters[?(@.name == 'job_type')].schema.enum[*]")
                .isEqualTo(List.of("ad_creation", "meta_sync", "scorecard"))
                .jsonPath(list + ".parameters[?(@.name == 'status')].schema.enum.length()")
                .isEqualTo(List.of(7))
                .jsonPath(list + ".responses['400'].content['application/problem+json']")
                .exists()
                .jsonPath("$.components.schemas.RunHistoryItem.properties.progress.example.chunks_total")
                .isEqualTo(13)
                .jsonPath("$.components.schemas.RunHistoryItem.properties.last_progress_at.format")
                .isEqualTo("date-time")
                .jsonPath("$.components.schemas.JobRun.properties.progress.example.chunks_done")
                .isEqualTo(3)
                .jsonPath("$.components.schemas.JobRun.properties.last_progress_at.format")
                .isEqualTo("date-time")
                .jsonPath(rerun + ".summary")
                .isEqualTo("Run a finished run again")
                .jsonPath(rerun + ".responses['202']")
                .exists()
                .jsonPath(rerun + ".responses['404'].content['application/problem+json']")
                .exists()
                .jsonPath(rerun + ".responses['409'].content['application/problem+json']")
                .exists()
                .jsonPath(rerun + ".responses['429'].content['application/problem+json']")
                .exists();
    }

    private record Runs(UUID syncJob, UUID scorecardJob, UUID sync, UUID scorecard, UUID external) {}

    private Runs threeRuns() {
        UUID syncJob = schedule(brand, "Daily sync", "meta_sync", "{\"days_back\": 14}");
        UUID scorecardJob = schedule(brand, "Weekly scorecard", "scorecard", "{\"days_back\": 7, \"min_spend\": 25.0}");
        UUID sync = runNow(syncJob);
        awaitStatus(sync, "dispatched");
        Instant started = Instant.parse("2026-06-01T06:00:01Z");
        send(JobResult.succeeded(
                dispatched(JobType.META_SYNC, sync, syncJob),
                started,
                started.plusSeconds(3),
                Map.of("rows_upserted", 42),
                "test"));
        awaitStatus(sync, "succeeded");
        UUID scorecard = runNow(scorecardJob);
        awaitStatus(scorecard, "dispatched");
        send(JobResult.failed(
                dispatched(JobType.SCORECARD, scorecard, scorecardJob),
                started,
                started.plusSeconds(1),
                ErrorCategory.AUTH,
                "the access token of act_1 expired; link the account again",
                "test"));
        awaitStatus(scorecard, "failed");
        // Requested by another system straight on the topic: the scheduler learns of it from its first result.
        UUID external = UUID.randomUUID();
        send(JobResult.started(
                new JobEnvelope(JobType.SCORECARD, external, null, brand, EXTERNAL_OCCURRENCE, 1),
                EXTERNAL_OCCURRENCE.plusSeconds(1),
                "scorecard-service"));
        awaitStatus(external, "running");
        return new Runs(syncJob, scorecardJob, sync, scorecard, external);
    }

    /** A run the scheduler dispatched: its worker's results leave out the occurrence, which the scheduler has. */
    private JobEnvelope dispatched(JobType type, UUID run, UUID job) {
        return new JobEnvelope(type, run, job, brand, null, 1);
    }

    private Map<String, Object> history(String query) {
        return Answers.ok(web.get().uri("/api/v1/brands/{b}/runs" + query, brand), Map.class);
    }

    private Map<String, Object> itemOf(UUID run) {
        return ((List<Map<String, Object>>) history("?size=200").get("items"))
                .stream()
                        .filter(item -> run.toString().equals(item.get("run_id")))
                        .findFirst()
                        .orElseThrow();
    }

    private static List<Object> runIds(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items"))
                .stream().map(item -> item.get("run_id")).toList();
    }

    private void expectInvalid(String query, String field) {
        Answers.badRequestNaming(web.get().uri("/api/v1/brands/{b}/runs" + query, brand), field);
    }

    private void send(JobResult result) {
        WorkerResults.send(events, result);
    }

    private void awaitStatus(UUID run, String status) {
        WorkerResults.awaitStatus(web, run, status);
    }
}
