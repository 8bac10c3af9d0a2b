package com.viraltracker.scheduler.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.JobType;
import com.viraltracker.events.Topics;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.serde.EventJson;
import com.viraltracker.events.serde.JobEnvelope;
import com.viraltracker.scheduler.TestJobs;
import com.viraltracker.scheduler.WorkerResults;
import com.viraltracker.testing.Answers;
import com.viraltracker.testing.ServiceIntegrationTest;
import com.viraltracker.testing.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIntegrationTest
@SuppressWarnings("unchecked")
class JobsApiTest {
    @Autowired
    WebTestClient web;

    @Autowired
    @Qualifier("eventKafkaTemplate")
    KafkaTemplate<String, Object> events;

    @Autowired
    @Qualifier("deadLetterKafkaTemplate")
    KafkaTemplate<String, byte[]> rawBytes;

    @Test
    void creates_a_recurring_meta_sync_job_with_the_seeds_defaults_and_plans_its_first_run() {
        UUID brand = UUID.randomUUID();
        Map<?, ?> job = create(TestJobs.dailyMetaSync(brand));
        assertThat(job.get("timezone")).isEqualTo("America/Los_Angeles");
        assertThat(job.get("schedule_type")).isEqualTo("recurring");
        assertThat(job.get("status")).isEqualTo("active");
        Instant next = Instant.parse((String) job.get("next_run_at"));
        assertThat(next.atZone(java.time.ZoneId.of("America/Los_Angeles")).getHour())
                .isEqualTo(6);
        assertThat(next).isAfter(Instant.now());

        Answers.okJson(web.get().uri("/api/v1/jobs?brand_id={brand}&job_type=meta_sync", brand))
                .jsonPath("$.total")
                .isEqualTo(1)
                .jsonPath("$.items[0].id")
                .isEqualTo(job.get("id"));
    }

    @Test
    void names_every_bad_field_in_one_problem() {
        Answers.badRequestProblem(web.post()
                        .uri("/api/v1/jobs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of(
                                "name",
                                " ",
                                "job_type",
                                "scorecard",
                                "cron_expression",
                                "0 0 6 * * *",
                                "timezone",
                                "Mars/Olympus",
                                "parameters",
                                Map.of("days_back", 0, "min_spend", -1, "export_email", "not-an-address"))))
                .jsonPath("$.errors[*].field")
                .value(fields -> assertThat((List<Object>) fields)
                        .containsExactlyInAnyOrder(
                                "brand_id",
                                "name",
                                "timezone",
                                "cron_expression",
                                "parameters.days_back",
                                "parameters.min_spend",
                                "parameters.export_email"));
    }

    @Test
    void rejects_an_unknown_job_type_and_an_ad_creation_job_without_product() {
        Answers.badRequestNaming(
                web.post()
                        .uri("/api/v1/jobs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of(
                                "brand_id",
                                UUID.randomUUID(),
                                "name",
                                "x",
                                "job_type",
                                "tiktok_sync",
                                "cron_expression",
                                "@daily")),
                "job_type");
        web.post()
                .uri("/api/v1/jobs")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("brand_id", UUID.randomUUID(), "name", "ads", "cron_expression", "@daily"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .value(fields -> assertThat((List<Object>) fields)
                        .contains("parameters.product_id", "parameters.template_mode"));
    }

    @Test
    void answers_malformed_json_and_wrong_types_with_a_problem_not_a_500() {
        Answers.badRequestNaming(
                web.post()
                        .uri("/api/v1/jobs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"name\": "),
                "body");
        Answers.badRequestNaming(
                web.post()
                        .uri("/api/v1/jobs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"brand_id\": \"not-a-uuid\", \"name\": \"x\"}"),
                "brand_id");
        web.get().uri("/api/v1/jobs/{id}", "nope").exchange().expectStatus().isBadRequest();
        Answers.badRequestNaming(web.get().uri("/api/v1/jobs?size=100000"), "size");
    }

    @Test
    void serves_its_openapi_document() {
        Answers.okJson(web.get().uri("/v3/api-docs"))
                .jsonPath("$.paths['/api/v1/jobs']")
                .exists()
                .jsonPath("$.paths['/api/v1/jobs/{id}/run']")
                .exists()
                .jsonPath("$.paths['/api/v1/brands/{brandId}/meta-sync-schedule']")
                .exists();
    }

    /**
     * Past Reactor Netty's default 4 KB request line a GET gets a bare 414 and a PUT a closed connection; a long
     * id is bad input like any other and gets a problem naming it.
     */
    @Test
    void an_id_of_five_thousand_characters_is_a_400_problem_naming_it() {
        String longId = "x".repeat(5_000);
        web.get()
                .uri("/api/v1/runs/" + longId)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        Answers.badRequestNaming(
                web.put()
                        .uri("/api/v1/brands/" + longId + "/scorecard-schedule")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("hour", 9)),
                "brandId");
    }

    @Test
    void an_unknown_id_is_a_404_problem() {
        UUID unknown = UUID.randomUUID();
        web.get()
                .uri("/api/v1/jobs/{id}", unknown)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains(unknown.toString()));
        web.post()
                .uri("/api/v1/jobs/{id}/run", unknown)
                .exchange()
                .expectStatus()
                .isNotFound();
        web.get().uri("/api/v1/runs/{id}", unknown).exchange().expectStatus().isNotFound();
        web.delete().uri("/api/v1/jobs/{id}", unknown).exchange().expectStatus().isNotFound();
    }

    @Test
    void updates_pauses_resumes_and_deletes_a_job() {
        Map<?, ?> job = create(Map.of(
                "brand_id",
                UUID.randomUUID(),
                "name",
                "Weekly",
                "job_type",
                "scorecard",
                "cron_expression",
                "0 9 * * 1"));
        String id = (String) job.get("id");
        Answers.okJson(web.patch()
                        .uri("/api/v1/jobs/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of(
                                "cron_expression",
                                "0 7 * * 2",
                                "timezone",
                                "Europe/London",
                                "parameters",
                                Map.of("min_spend", 25))))
                .jsonPath("$.cron_expression")
                .isEqualTo("0 7 * * 2")
                .jsonPath("$.timezone")
                .isEqualTo("Europe/London")
                .jsonPath("$.parameters.min_spend")
                .isEqualTo(25);
        Answers.badRequestNaming(
                web.patch()
                        .uri("/api/v1/jobs/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("cron_expression", "every tuesday")),
                "cron_expression");
        Answers.okJson(web.post().uri("/api/v1/jobs/{id}/pause", id))
                .jsonPath("$.status")
                .isEqualTo("paused");
        Answers.okJson(web.post().uri("/api/v1/jobs/{id}/resume", id))
                .jsonPath("$.status")
                .isEqualTo("active");
        web.delete().uri("/api/v1/jobs/{id}", id).exchange().expectStatus().isNoContent();
        web.get().uri("/api/v1/jobs/{id}", id).exchange().expectStatus().isNotFound();
    }

    @Test
    void run_now_reaches_kafka_and_a_result_updates_the_schedules_last_run_status() {
        UUID brand = UUID.randomUUID();
        Map<?, ?> job = create(TestJobs.dailyMetaSync(brand, "parameters", Map.of("days_back", 14)));
        String jobId = (String) job.get("id");
        try (TopicProbe topic = TopicProbe.fromNow(JobType.META_SYNC.requestTopic())) {
            long requested = System.nanoTime();
            Map<?, ?> run = Answers.accepted(web.post().uri("/api/v1/jobs/{id}/run", jobId), Map.class);
            assertThat(run.get("trigger")).isEqualTo("manual");
            var event = topic.awaitOne(r -> brand.toString().equals(r.key()), Duration.ofSeconds(10));
            long millis = (System.nanoTime() - requested) / 1_000_000;
            System.out.printf("run-now to Kafka: %d ms%n", millis);
            assertThat(TopicProbe.header(event, "ce_id")).isEqualTo(run.get("id"));
            assertThat(TopicProbe.header(event, "ce_type")).isEqualTo("com.viraltracker.job.meta_sync.requested.v1");
            assertThat(new String(event.value())).contains("\"days_back\":14");

            UUID runId = UUID.fromString((String) run.get("id"));
            awaitRunStatus(runId, "dispatched");
            Instant startedAt = Instant.now();
            JobEnvelope dispatched = dispatched(JobType.META_SYNC, runId, jobId, brand);
            send(JobResult.succeeded(
                    dispatched, startedAt, startedAt.plusSeconds(3), Map.of("rows_upserted", 42), "test"));
            // A late STARTED must not move the run back.
            send(JobResult.started(dispatched, startedAt, "test"));
            awaitRunStatus(runId, "succeeded");
            Answers.okJson(web.get().uri("/api/v1/jobs/{id}", jobId))
                    .jsonPath("$.last_run_status")
                    .isEqualTo("succeeded")
                    .jsonPath("$.last_run_id")
                    .isEqualTo(runId.toString());
            web.get()
                    .uri("/api/v1/runs/{id}", runId)
                    .exchange()
                    .expectBody()
                    .jsonPath("$.summary.rows_upserted")
                    .isEqualTo(42);
            web.get()
                    .uri("/api/v1/jobs/{id}/runs", jobId)
                    .exchange()
                    .expectBody()
                    .jsonPath("$.items[0].id")
                    .isEqualTo(runId.toString())
                    .jsonPath("$.total")
                    .isEqualTo(1);
        }
    }

    @Test
    void a_failure_shows_its_category_and_message_on_the_schedule() {
        UUID brand = UUID.randomUUID();
        Map<?, ?> job =
                create(Map.of("brand_id", brand, "name", "sync", "job_type", "meta_sync", "cron_expression", "@daily"));
        String jobId = (String) job.get("id");
        Map<?, ?> run = Answers.accepted(web.post().uri("/api/v1/jobs/{id}/run", jobId), Map.class);
        UUID runId = UUID.fromString((String) run.get("id"));
        awaitRunStatus(runId, "dispatched");
        send(JobResult.failed(
                dispatched(JobType.META_SYNC, runId, jobId, brand),
                Instant.now(),
                Instant.now(),
                ErrorCategory.AUTH,
                "the access token of act_1 expired; reconnect the ad account",
                "test"));
        awaitRunStatus(runId, "failed");
        web.get()
                .uri("/api/v1/jobs/{id}", jobId)
                .exchange()
                .expectBody()
                .jsonPath("$.last_run_status")
                .isEqualTo("failed")
                .jsonPath("$.last_error")
                .isEqualTo("the access token of act_1 expired; reconnect the ad account");
        web.get()
                .uri("/api/v1/runs/{id}", runId)
                .exchange()
                .expectBody()
                .jsonPath("$.error_category")
                .isEqualTo("AUTH");
    }

    @Test
    void records_a_run_it_did_not_dispatch_when_its_first_result_arrives() {
        UUID runId = UUID.randomUUID();
        UUID brand = UUID.randomUUID();
        Instant requested = Instant.parse("2026-05-01T10:00:00Z");
        // Requested by another system: no schedule.
        JobEnvelope external = new JobEnvelope(JobType.SCORECARD, runId, null, brand, requested, 1);
        send(JobResult.started(external, requested.plusSeconds(1), "scorecard-service"));
        awaitRunStatus(runId, "running");
        send(JobResult.succeeded(
                external,
                requested.plusSeconds(1),
                requested.plusSeconds(2),
                Map.of("ads_evaluated", 3),
                "scorecard-service"));
        awaitRunStatus(runId, "succeeded");
        web.get()
                .uri("/api/v1/runs/{id}", runId)
                .exchange()
                .expectBody()
                .jsonPath("$.trigger")
                .isEqualTo("external")
                .jsonPath("$.job_id")
                .doesNotExist()
                .jsonPath("$.scheduled_for")
                .isEqualTo("2026-05-01T10:00:00Z");
    }

    @Test
    void a_malformed_result_goes_to_the_dead_letter_topic_and_the_consumer_keeps_going() throws Exception {
        try (TopicProbe deadLetters = TopicProbe.fromNow(Topics.deadLetter(Topics.JOB_RESULTS))) {
            rawBytes.send(Topics.JOB_RESULTS, "poison", "not json at all".getBytes())
                    .get();
            var dead = deadLetters.awaitOne(r -> "poison".equals(r.key()), Duration.ofSeconds(30));
            assertThat(TopicProbe.header(dead, "kafka_dlt-exception-message")).isNotBlank();
            assertThat(new String(dead.value())).isEqualTo("not json at all");
        }
        // The next good result behind it is still applied.
        records_a_run_it_did_not_dispatch_when_its_first_result_arrives();
    }

    private Map<?, ?> create(Map<String, Object> body) {
        return Answers.created(
                web.post()
                        .uri("/api/v1/jobs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body),
                Map.class);
    }

    /** A run the scheduler dispatched; its worker's results leave out the occurrence, which the scheduler has. */
    private static JobEnvelope dispatched(JobType type, UUID runId, String jobId, UUID brand) {
        return new JobEnvelope(type, runId, UUID.fromString(jobId), brand, null, 1);
    }

    private void send(JobResult result) {
        WorkerResults.send(events, result);
    }

    private void awaitRunStatus(UUID runId, String status) {
        WorkerResults.awaitStatus(web, runId, status);
    }

    static String json(Object value) {
        return new String(EventJson.write(value));
    }
}
