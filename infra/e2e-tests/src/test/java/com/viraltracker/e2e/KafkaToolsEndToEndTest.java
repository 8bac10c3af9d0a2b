package com.viraltracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.CloudEventHeaders;
import com.viraltracker.events.JobType;
import com.viraltracker.events.Topics;
import com.viraltracker.testing.SystemTools;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;

/**
 * The topics work with a standard Kafka tool and none of our code: kcat reads a job event's CloudEvents headers
 * and JSON body, and a job event kcat produces is worked on like any other.
 */
@ExtendWith({KafkaToolsEndToEndTest.KcatInstalled.class, E2eStack.class})
class KafkaToolsEndToEndTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String META_SYNC_TOPIC = JobType.META_SYNC.requestTopic();

    private final E2eStack.Running stack;
    private final Kcat kcat;

    KafkaToolsEndToEndTest(E2eStack.Running stack) {
        this.stack = stack;
        this.kcat = new Kcat(stack.bootstrapServers);
    }

    /** Registered before the stack, so a machine without kcat fails in a second with the line that installs it. */
    static final class KcatInstalled implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            SystemTools.require(Kcat.PROGRAM, Kcat.PACKAGE);
        }
    }

    @Test
    void a_job_event_consumed_with_kcat_carries_cloudevents_headers_and_a_snake_case_json_body() {
        Brand brand = Brand.linked(stack);
        String job = new Schedules(stack).createRecurring(brand, "meta_sync", "0 6 * * *", Map.of("days_back", 3));
        String runId = stack.scheduler()
                .post("/api/v1/jobs/" + job + "/run", Map.of())
                .path("id")
                .asString();

        Kcat.Consumed event = awaitRecord(
                META_SYNC_TOPIC, record -> runId.equals(record.headers().get(CloudEventHeaders.ID)));

        assertThat(event.key()).isEqualTo(brand.id().toString());
        assertThat(event.headers())
                .containsEntry(CloudEventHeaders.SPEC_VERSION, "1.0")
                .containsEntry(CloudEventHeaders.TYPE, "com.viraltracker.job.meta_sync.requested.v1");
        assertThat(event.headers().get(CloudEventHeaders.SOURCE)).isNotBlank();
        assertThat(OffsetDateTime.parse(event.headers().get(CloudEventHeaders.TIME))
                        .toInstant())
                .isBefore(Instant.now().plusSeconds(5));
        JsonNode body = Api.JSON.readTree(event.payload());
        assertThat(body.path("run_id").asString()).isEqualTo(runId);
        assertThat(body.path("job_id").asString()).isEqualTo(job);
        assertThat(body.path("brand_id").asString()).isEqualTo(brand.id().toString());
        assertThat(body.path("attempt").asInt()).isEqualTo(1);
        assertThat(body.path("scheduled_for").asString()).isNotBlank();
        assertThat(body.path("parameters").path("days_back").asInt()).isEqualTo(3);
    }

    @Test
    void a_job_event_produced_with_kcat_is_processed_and_appears_in_the_run_history_as_an_external_run() {
        Brand brand = Brand.linked(stack);
        UUID runId = UUID.randomUUID();
        String value = "{\"run_id\":\"" + runId + "\",\"brand_id\":\"" + brand.id() + "\",\"scheduled_for\":\""
                + Instant.now() + "\",\"attempt\":1,\"parameters\":{\"days_back\":3}}";

        kcat.produce(
                META_SYNC_TOPIC,
                brand.id().toString(),
                Map.of(
                        CloudEventHeaders.SPEC_VERSION,
                        "1.0",
                        CloudEventHeaders.ID,
                        runId.toString(),
                        CloudEventHeaders.TYPE,
                        "com.viraltracker.job.meta_sync.requested.v1",
                        CloudEventHeaders.SOURCE,
                        "kcat://e2e",
                        CloudEventHeaders.TIME,
                        Instant.now().toString(),
                        CloudEventHeaders.CONTENT_TYPE,
                        CloudEventHeaders.JSON),
                value);

        JsonNode run = awaitRun(runId);
        assertThat(run.path("trigger").asString()).isEqualTo("external");
        assertThat(run.path("status").asString()).as("%s", run).isEqualTo("succeeded");
        assertThat(run.path("brand_id").asString()).isEqualTo(brand.id().toString());
        assertThat(run.path("job_type").asString()).isEqualTo("meta_sync");
        assertThat(Integer.parseInt(
                        stack.text("SELECT count(*) FROM meta_ads_performance WHERE brand_id = '" + brand.id() + "'")))
                .isPositive();
    }

    @Test
    void a_malformed_job_event_produced_with_kcat_lands_on_the_dead_letter_topic() {
        String key = "malformed-" + UUID.randomUUID();
        String garbage = "{\"run_id\": this is not json";

        kcat.produce(META_SYNC_TOPIC, key, Map.of(), garbage);

        Kcat.Consumed dead = awaitRecord(Topics.deadLetter(META_SYNC_TOPIC), record -> key.equals(record.key()));
        assertThat(dead.payload()).isEqualTo(garbage);
        assertThat(dead.headers().keySet()).anyMatch(name -> name.startsWith("kafka_dlt-exception"));
    }

    private Kcat.Consumed awaitRecord(String topic, Predicate<Kcat.Consumed> matching) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (true) {
            List<Kcat.Consumed> records = kcat.consumeAll(topic);
            Optional<Kcat.Consumed> found = records.stream().filter(matching).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no matching record on " + topic + " within " + TIMEOUT + " (" + records.size()
                        + " records there)");
            }
            Schedules.pause();
        }
    }

    private JsonNode awaitRun(UUID runId) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (true) {
            if (stack.scheduler().status("/api/v1/runs/" + runId) == 200) {
                JsonNode run = stack.scheduler().get("/api/v1/runs/" + runId);
                if (List.of("succeeded", "failed", "timed_out")
                        .contains(run.path("status").asString())) {
                    return run;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("run " + runId + " did not finish within " + TIMEOUT);
            }
            Schedules.pause();
        }
    }
}
