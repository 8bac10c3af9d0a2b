package com.viraltracker.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.JobType;
import com.viraltracker.events.Topics;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.serde.JobEnvelope;
import com.viraltracker.testing.openapi.OpenApiConformance;
import com.viraltracker.testing.openapi.RedoclyLint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every service must do on the test infrastructure: start against the real broker and its own
 * database, migrate its own schema with its own changelog table, report UP, and move events through a
 * real topic. Each service's harness test extends this and names its schema.
 */
@ServiceIntegrationTest
public abstract class ServiceHarnessContract {
    @Autowired
    protected WebTestClient web;

    @Autowired
    protected TestDatabase testDatabase;

    @Value("${local.server.port}")
    protected int port;

    @Autowired
    @Qualifier("eventKafkaTemplate")
    protected KafkaTemplate<String, Object> eventKafkaTemplate;

    /** The schema the service owns. */
    protected abstract String schema();

    @Test
    void reports_up_and_serves_prometheus_metrics() {
        // A first scrape registers every meter, which takes seconds while other builds share the machine.
        WebTestClient web =
                this.web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        Answers.okJson(web.get().uri("/actuator/health")).jsonPath("$.status").isEqualTo("UP");
        // A scrape carries every histogram bucket (the scheduler's run-duration histogram alone is about 110 KB for
        // its nine series) and grows with the series earlier tests of the shared context created: more than the
        // 256 KB WebTestClient buffers by default.
        String metrics = Answers.okText(web.mutate()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
                .build()
                .get()
                .uri("/actuator/prometheus"));
        assertThat(metrics).contains("jvm_memory_used_bytes");
    }

    @Test
    void migrated_its_own_schema_with_its_own_changelog_table() throws SQLException {
        try (Connection connection = testDatabase.connect()) {
            ResultSet schemas = connection
                    .createStatement()
                    .executeQuery(
                            "SELECT count(*) FROM information_schema.schemata WHERE schema_name = '" + schema() + "'");
            schemas.next();
            assertThat(schemas.getInt(1)).as("schema %s exists", schema()).isEqualTo(1);
            ResultSet changes =
                    connection.createStatement().executeQuery("SELECT count(*) FROM public." + schema() + "_changelog");
            changes.next();
            assertThat(changes.getInt(1))
                    .as("changesets recorded in %s_changelog", schema())
                    .isPositive();
        }
    }

    @Test
    void round_trips_an_event_through_a_real_topic() throws Exception {
        UUID runId = UUID.randomUUID();
        UUID brandId = UUID.randomUUID();
        var run = new JobEnvelope(JobType.META_SYNC, runId, null, brandId, Instant.parse("2026-01-05T14:00:00Z"), 1);
        JobResult started = JobResult.started(run, Instant.parse("2026-01-05T14:00:01Z"), "harness");
        try (TopicProbe probe = TopicProbe.fromNow(Topics.JOB_RESULTS)) {
            eventKafkaTemplate
                    .send(Topics.JOB_RESULTS, brandId.toString(), started)
                    .get();
            var record = probe.awaitOne(r -> brandId.toString().equals(r.key()), Duration.ofSeconds(30));
            assertThat(TopicProbe.header(record, "ce_id")).isEqualTo(runId + ":started");
            assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("com.viraltracker.job.meta_sync.started.v1");
            assertThat(new String(record.value())).contains("\"run_id\":\"" + runId + "\"");
        }
    }

    /**
     * A client generated from the document gets what the service does: Redocly's recommended rules find no error
     * and no warning. The document is kept in {@code target/openapi/} for whoever wants to read it.
     */
    @Test
    void its_openapi_document_passes_redoclys_recommended_rules() throws IOException {
        // The first request builds the document from every controller, which takes a few seconds on a busy machine.
        String document = Answers.okText(web.mutate()
                .responseTimeout(Duration.ofSeconds(60))
                .build()
                .get()
                .uri("/v3/api-docs"));
        Path file = Path.of("target", "openapi", schema() + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, document);
        List<RedoclyLint.Problem> problems =
                RedoclyLint.installedIn(Path.of("target", "redocly")).lint(file);
        assertThat(problems)
                .as("redocly lint (%s) of %s", RedoclyLint.PACKAGE, file)
                .isEmpty();
    }

    /**
     * Requests generated from the document (as a client would send them, without a token, by a viewer, by another
     * brand's operator, and malformed) get only answers the document declares, with bodies valid against its
     * schemas; and every operation the service can serve here answers 2xx at least once.
     */
    @Test
    void answers_requests_generated_from_its_openapi_document_as_the_document_declares() {
        OpenApiConformance.Result result =
                conformance(OpenApiConformance.of(port)).run();
        assertThat(result.failures())
                .as("answers that the OpenAPI document does not declare, of %d exchanges", result.exchanges())
                .isEmpty();
        assertThat(result.withoutSuccess())
                .as("operations that never answered 2xx (statuses seen: %s)", result.statuses())
                .containsExactlyInAnyOrderElementsOf(operationsWithoutSuccess().keySet());
    }

    /** Values the generated requests cannot learn from earlier answers, such as an ad account's id. */
    protected OpenApiConformance conformance(OpenApiConformance conformance) {
        return conformance;
    }

    /**
     * Operations that generated requests cannot bring to success on the harness, each with the reason (such as
     * data only a job run writes); everything else must answer 2xx.
     */
    protected Map<String, String> operationsWithoutSuccess() {
        return Map.of();
    }
}
