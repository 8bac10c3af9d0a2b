package com.viraltracker.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.JobType;
import com.viraltracker.events.Topics;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.result.ResultStatus;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
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

    @Autowired
    @Qualifier("eventKafkaTemplate")
    protected KafkaTemplate<String, Object> eventKafkaTemplate;

    /** The schema the service owns. */
    protected abstract String schema();

    @Test
    void reports_up_and_serves_prometheus_metrics() {
        web.get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
        String metrics = web.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
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
        JobResult started = new JobResult(
                runId,
                null,
                brandId,
                JobType.META_SYNC,
                ResultStatus.STARTED,
                1,
                Instant.parse("2026-01-05T14:00:00Z"),
                Instant.parse("2026-01-05T14:00:01Z"),
                null,
                Map.of(),
                null,
                null,
                "harness");
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
}
