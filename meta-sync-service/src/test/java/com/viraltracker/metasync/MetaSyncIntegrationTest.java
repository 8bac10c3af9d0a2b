package com.viraltracker.metasync;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.Topics;
import com.viraltracker.events.parameters.MetaSyncParameters;
import com.viraltracker.events.request.MetaSyncRequested;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.serde.EventJson;
import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.graphsim.GraphSimulator;
import com.viraltracker.testing.ServiceIntegrationTest;
import com.viraltracker.testing.TestDatabase;
import com.viraltracker.testing.TopicProbe;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The whole service against the real broker, its own database and the Graph API simulator, on its clock. */
@ServiceIntegrationTest
@Import(SimulatedTime.class)
public abstract class MetaSyncIntegrationTest {
    protected static final GraphSimulator simulator = TestGraphSimulator.get();

    @Autowired
    protected WebTestClient web;

    @Autowired
    protected TestDatabase database;

    @Autowired
    @Qualifier("eventKafkaTemplate")
    protected KafkaTemplate<String, Object> kafka;

    /**
     * Linking calls the Graph API (and may encrypt a token) before it answers; on a loaded build machine that can
     * outlast the client's default 5 s.
     */
    @BeforeEach
    void patientClient() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    /** A fresh simulated account with {@code ads} ads, linked to the brand through the REST API. */
    protected String linkNewAccount(UUID brandId, int ads) {
        String id = TestGraphSimulator.newAccountId();
        simulator.account(AccountSpec.of(id).withAds(1, 1, ads));
        return link(brandId, id);
    }

    protected String link(UUID brandId, String accountId) {
        web.post()
                .uri("/api/v1/brands/{brand}/ad-accounts", brandId)
                .bodyValue(Map.of("ad_account_id", "act_" + accountId))
                .exchange()
                .expectStatus()
                .isCreated();
        return "act_" + accountId;
    }

    /** Publishes a meta_sync request for the brand and waits for its terminal result. */
    protected JobResult runSync(UUID brandId, int daysBack) {
        return runSync(new MetaSyncRequested(
                UUID.randomUUID(), null, brandId, Instant.now(), 1, new MetaSyncParameters(daysBack)));
    }

    /** A scheduled sync of the brand due now by the simulator's clock, its result read from {@code results}. */
    protected JobResult syncDueNow(UUID brandId, int daysBack, TopicProbe results) {
        return runSync(
                new MetaSyncRequested(
                        UUID.randomUUID(),
                        null,
                        brandId,
                        simulator.clock().instant(),
                        1,
                        new MetaSyncParameters(daysBack)),
                results);
    }

    protected JobResult runSync(MetaSyncRequested request) {
        try (TopicProbe results = TopicProbe.fromNow(Topics.JOB_RESULTS)) {
            return runSync(request, results);
        }
    }

    /**
     * Publishes a meta_sync request and waits for its terminal result on {@code results}, a probe the caller keeps
     * open across runs (opening one costs about a second).
     */
    protected JobResult runSync(MetaSyncRequested request, TopicProbe results) {
        try {
            kafka.send(request.jobType().requestTopic(), request.brandId().toString(), request)
                    .get();
            var record = results.awaitOne(
                    r -> {
                        JobResult result = read(r.value());
                        return result.runId().equals(request.runId())
                                && result.status().isTerminal();
                    },
                    Duration.ofSeconds(60));
            return read(record.value());
        } catch (Exception e) {
            throw new AssertionError("run " + request.runId() + " did not finish", e);
        }
    }

    protected static JobResult read(byte[] json) {
        return EventJson.mapper().readValue(json, JobResult.class);
    }

    protected long count(String sql, Object... args) {
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    protected static void assertSucceeded(JobResult result) {
        assertThat(result.status().name())
                .as("run status (error: %s %s)", result.errorCategory(), result.errorMessage())
                .isEqualTo("SUCCEEDED");
    }
}
