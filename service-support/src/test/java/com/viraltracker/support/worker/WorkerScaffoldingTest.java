package com.viraltracker.support.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.JobType;
import com.viraltracker.events.Topics;
import com.viraltracker.events.parameters.MetaSyncParameters;
import com.viraltracker.events.request.MetaSyncRequested;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.result.ResultStatus;
import com.viraltracker.events.serde.EventJson;
import com.viraltracker.support.kafka.EventPublisher;
import com.viraltracker.testing.ServiceIntegrationTest;
import com.viraltracker.testing.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.core.KafkaTemplate;

/** The one scaffolding every worker runs, against the real broker and database. */
@ServiceIntegrationTest
class WorkerScaffoldingTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant DUE = Instant.parse("2026-02-02T14:00:00Z");

    @Autowired
    EventPublisher publisher;

    @Autowired
    @Qualifier("deadLetterKafkaTemplate")
    KafkaTemplate<String, byte[]> raw;

    @Autowired
    ScaffoldingTestApplication.RecordingHandler handler;

    @Autowired
    MeterRegistry meters;

    @Test
    void a_request_is_reported_started_then_succeeded_with_the_handlers_summary() {
        var request = request(UUID.randomUUID());
        List<JobResult> results = publishAndAwait(request, 2);
        assertThat(results).extracting(JobResult::status).containsExactly(ResultStatus.STARTED, ResultStatus.SUCCEEDED);
        assertThat(results.get(1).summary()).containsEntry("days", 3);
        assertThat(results.get(1).worker()).isEqualTo("worker-scaffolding-test");
    }

    @Test
    void a_redelivered_finished_run_gets_its_result_again_without_running_twice() {
        var request = request(UUID.randomUUID());
        publishAndAwait(request, 2);
        try (TopicProbe results = TopicProbe.fromNow(Topics.JOB_RESULTS)) {
            publisher.publish(request).join();
            ConsumerRecord<String, byte[]> again = results.awaitOne(r -> isFor(r, request.runId()), WAIT);
            assertThat(read(again).status()).isEqualTo(ResultStatus.SUCCEEDED);
        }
        assertThat(handler.callsFor(request.runId())).isEqualTo(1);
    }

    @Test
    void a_failure_keeps_the_handlers_category_and_message_and_a_bug_is_internal() {
        JobResult auth = last(publishAndAwait(request(ScaffoldingTestApplication.FAILS_AUTH), 2));
        assertThat(auth.status()).isEqualTo(ResultStatus.FAILED);
        assertThat(auth.errorCategory()).isEqualTo(ErrorCategory.AUTH);
        assertThat(auth.errorMessage()).isEqualTo("token expired; reconnect the ad account");
        JobResult bug = last(publishAndAwait(request(ScaffoldingTestApplication.THROWS_BUG), 2));
        assertThat(bug.errorCategory()).isEqualTo(ErrorCategory.INTERNAL);
        assertThat(bug.errorMessage()).contains("IllegalStateException").contains("a bug");
    }

    /** A connection cut by pg_terminate_backend is a transient failure: the run is tried again, not failed for good. */
    @Test
    void a_run_whose_database_connection_is_cut_is_tried_again_in_place_and_succeeds() {
        var request = request(ScaffoldingTestApplication.LOSES_DATABASE_TWICE);
        JobResult result = last(publishAndAwait(request, 2));
        assertThat(result.status()).isEqualTo(ResultStatus.SUCCEEDED);
        assertThat(handler.callsFor(request.runId())).isEqualTo(3);
    }

    @Test
    void invalid_parameters_fail_the_run_as_invalid_input_without_calling_the_handler() throws Exception {
        UUID runId = UUID.randomUUID();
        UUID brand = UUID.randomUUID();
        String json = """
                {"run_id":"%s","brand_id":"%s","scheduled_for":"2026-02-02T14:00:00Z","parameters":{"days_back":0}}""".formatted(runId, brand);
        try (TopicProbe results = TopicProbe.fromNow(Topics.JOB_RESULTS)) {
            raw.send(JobType.META_SYNC.requestTopic(), brand.toString(), json.getBytes(StandardCharsets.UTF_8))
                    .get();
            JobResult failed = read(results.awaitOne(r -> isFor(r, runId), WAIT));
            assertThat(failed.status()).isEqualTo(ResultStatus.FAILED);
            assertThat(failed.errorCategory()).isEqualTo(ErrorCategory.INVALID_INPUT);
            assertThat(failed.errorMessage()).contains("days_back");
        }
        assertThat(handler.callsFor(runId)).isZero();
    }

    @Test
    void a_request_whose_parameters_name_another_brand_fails_as_invalid_input_for_its_own_brand() throws Exception {
        UUID runId = UUID.randomUUID();
        UUID brand = UUID.randomUUID();
        String parameters = "{\"days_back\":3,\"brand_id\":\"" + UUID.randomUUID() + "\"}";
        JobResult failed = last(sendRaw(brand.toString(), runId, brand, parameters, 1));
        assertThat(failed.status()).isEqualTo(ResultStatus.FAILED);
        assertThat(failed.errorCategory()).isEqualTo(ErrorCategory.INVALID_INPUT);
        assertThat(failed.brandId()).isEqualTo(brand);
        assertThat(failed.errorMessage()).contains("brand_id: names another brand than brand_id " + brand);
        assertThat(handler.callsFor(runId)).isZero();
    }

    @Test
    void a_request_keyed_by_another_brand_fails_as_invalid_input_without_calling_the_handler() throws Exception {
        UUID runId = UUID.randomUUID();
        UUID brand = UUID.randomUUID();
        JobResult failed = last(sendRaw(UUID.randomUUID().toString(), runId, brand, "{\"days_back\":3}", 1));
        assertThat(failed.status()).isEqualTo(ResultStatus.FAILED);
        assertThat(failed.errorCategory()).isEqualTo(ErrorCategory.INVALID_INPUT);
        assertThat(failed.errorMessage()).contains("Kafka key is not its brand_id " + brand);
        assertThat(handler.callsFor(runId)).isZero();
    }

    @Test
    void a_request_repeating_its_own_brand_in_its_parameters_and_sent_without_a_key_is_handled() throws Exception {
        UUID runId = UUID.randomUUID();
        UUID brand = UUID.randomUUID();
        String parameters = "{\"days_back\":3,\"brand_id\":\"" + brand + "\"}";
        JobResult finished = last(sendRaw(null, runId, brand, parameters, 2));
        assertThat(finished.status()).isEqualTo(ResultStatus.SUCCEEDED);
        assertThat(handler.callsFor(runId)).isEqualTo(1);
    }

    @Test
    void a_malformed_message_goes_to_the_dead_letter_topic_with_the_reason_and_the_next_one_is_handled()
            throws Exception {
        String topic = JobType.META_SYNC.requestTopic();
        var good = request(UUID.randomUUID());
        double deadLettersBefore = deadLettered(topic);
        try (TopicProbe deadLetters = TopicProbe.fromNow(Topics.deadLetter(topic));
                TopicProbe results = TopicProbe.fromNow(Topics.JOB_RESULTS)) {
            // Same key as the good request, so it sits in front of it on the same partition.
            raw.send(topic, good.brandId().toString(), "{\"run_id\": 42".getBytes(StandardCharsets.UTF_8))
                    .get();
            publisher.publish(good).join();
            ConsumerRecord<String, byte[]> dead =
                    deadLetters.awaitOne(r -> good.brandId().toString().equals(r.key()), WAIT);
            assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{\"run_id\": 42");
            assertThat(TopicProbe.header(dead, "kafka_dlt-exception-message")).contains("not JSON");
            assertThat(TopicProbe.header(dead, "kafka_dlt-original-topic")).isEqualTo(topic);
            assertThat(deadLettered(topic)).isEqualTo(deadLettersBefore + 1);
            var handled = results.await(r -> isFor(r, good.runId()), 2, WAIT);
            assertThat(read(last(handled)).status()).isEqualTo(ResultStatus.SUCCEEDED);
        }
    }

    @Test
    void the_dead_letter_counter_exists_at_zero_before_the_first_dead_letter_so_increase_sees_it() {
        assertThat(meters.find("viraltracker.worker.dead.lettered")
                        .tag("topic", JobType.META_SYNC.requestTopic())
                        .counter())
                .isNotNull();
    }

    private double deadLettered(String topic) {
        return meters.get("viraltracker.worker.dead.lettered")
                .tag("topic", topic)
                .counter()
                .count();
    }

    /** A meta_sync request as an external producer would write it, with this key; its first {@code results}. */
    private List<JobResult> sendRaw(String key, UUID runId, UUID brand, String parameters, int results)
            throws Exception {
        String json = """
                {"run_id":"%s","brand_id":"%s","scheduled_for":"2026-02-02T14:00:00Z","parameters":%s}""".formatted(runId, brand, parameters);
        try (TopicProbe probe = TopicProbe.fromNow(Topics.JOB_RESULTS)) {
            raw.send(JobType.META_SYNC.requestTopic(), key, json.getBytes(StandardCharsets.UTF_8))
                    .get();
            return probe.await(r -> isFor(r, runId), results, WAIT).stream()
                    .map(WorkerScaffoldingTest::read)
                    .toList();
        }
    }

    private List<JobResult> publishAndAwait(MetaSyncRequested request, int count) {
        try (TopicProbe results = TopicProbe.fromNow(Topics.JOB_RESULTS)) {
            publisher.publish(request).join();
            return results.await(r -> isFor(r, request.runId()), count, WAIT).stream()
                    .map(WorkerScaffoldingTest::read)
                    .toList();
        }
    }

    private static MetaSyncRequested request(UUID brand) {
        return new MetaSyncRequested(UUID.randomUUID(), UUID.randomUUID(), brand, DUE, 1, new MetaSyncParameters(3));
    }

    private static boolean isFor(ConsumerRecord<String, byte[]> record, UUID runId) {
        String id = TopicProbe.header(record, "ce_id");
        return id != null && id.startsWith(runId.toString());
    }

    private static JobResult read(ConsumerRecord<String, byte[]> record) {
        return EventJson.mapper().readValue(record.value(), JobResult.class);
    }

    private static <T> T last(List<T> items) {
        return items.get(items.size() - 1);
    }
}
