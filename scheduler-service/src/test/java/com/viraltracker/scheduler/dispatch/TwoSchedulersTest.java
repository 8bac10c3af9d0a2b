package com.viraltracker.scheduler.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.JobType;
import com.viraltracker.scheduler.SchedulerApplication;
import com.viraltracker.testing.KafkaTestBroker;
import com.viraltracker.testing.ServiceIntegrationTest;
import com.viraltracker.testing.TestDatabase;
import com.viraltracker.testing.TestTokens;
import com.viraltracker.testing.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** Two scheduler instances on one database: every occurrence is claimed, recorded and published exactly once. */
@ServiceIntegrationTest
@TestPropertySource(
        properties = {"viraltracker.scheduler.dispatch.batch-size=200", "viraltracker.scheduler.relay.batch-size=200"})
class TwoSchedulersTest {
    private static final int JOBS = 10_000;

    @Autowired
    TestDatabase database;

    @Autowired
    MeterRegistry firstInstanceMetrics;

    @Test
    void two_instances_over_ten_thousand_due_jobs_publish_each_occurrence_exactly_once() throws Exception {
        UUID brand = UUID.randomUUID();
        try (ConfigurableApplicationContext second = startSecondInstance();
                TopicProbe topic = TopicProbe.fromNow(JobType.META_SYNC.requestTopic())) {
            execute("INSERT INTO scheduled_jobs (brand_id, name, job_type, schedule_type, next_run_at, parameters) "
                    + "SELECT '" + brand + "', 'job ' || n, 'meta_sync', 'one_time', now() + interval '1 second', "
                    + "'{\"days_back\": 3}' FROM generate_series(1, " + JOBS + ") AS n");
            var records = topic.await(r -> brand.toString().equals(r.key()), JOBS, Duration.ofSeconds(120));
            // Anything published twice would arrive shortly after; give it the chance to.
            var all = topic.drain(Duration.ofSeconds(2)).stream()
                    .filter(r -> brand.toString().equals(r.key()))
                    .toList();

            Set<String> runIds = new HashSet<>();
            all.forEach(record -> runIds.add(TopicProbe.header(record, "ce_id")));
            assertThat(records).hasSizeGreaterThanOrEqualTo(JOBS);
            assertThat(all).as("records published").hasSize(JOBS);
            assertThat(runIds).as("distinct runs published").hasSize(JOBS);
            assertThat(query("SELECT count(*) FROM job_runs WHERE brand_id = '" + brand + "'"))
                    .isEqualTo(JOBS);
            assertThat(query("SELECT count(DISTINCT job_id) FROM job_runs WHERE brand_id = '" + brand + "'"))
                    .isEqualTo(JOBS);
            assertThat(query("SELECT count(*) FROM scheduled_jobs WHERE brand_id = '" + brand
                            + "' AND status = 'completed'"))
                    .isEqualTo(JOBS);

            double first = dispatched(firstInstanceMetrics);
            double other = dispatched(second.getBean(MeterRegistry.class));
            System.out.printf("dispatched by instance one: %.0f, instance two: %.0f%n", first, other);
            assertThat(first + other).isGreaterThanOrEqualTo(JOBS);
            assertThat(first).as("first instance did work").isPositive();
            assertThat(other).as("second instance did work").isPositive();
        }
    }

    private ConfigurableApplicationContext startSecondInstance() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", 0);
        properties.put("viraltracker.db.host", database.host());
        properties.put("viraltracker.db.port", database.port());
        properties.put("viraltracker.db.name", database.database());
        properties.put("viraltracker.db.user", database.user());
        properties.put("viraltracker.db.password", database.password());
        properties.put("spring.kafka.bootstrap-servers", KafkaTestBroker.bootstrapServers());
        // Like every service, it refuses to start without a way to verify access tokens.
        properties.put("viraltracker.auth.jwt-secret", TestTokens.SECRET);
        properties.put("viraltracker.scheduler.dispatch.batch-size", 200);
        properties.put("viraltracker.scheduler.relay.batch-size", 200);
        // As command-line arguments: they outrank application.yml, as they would for a real second process.
        String[] arguments = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(SchedulerApplication.class).run(arguments);
    }

    private static double dispatched(MeterRegistry registry) {
        var counter = registry.find("viraltracker.scheduler.dispatched")
                .tag("job_type", "meta_sync")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO scheduler");
            statement.execute(sql);
        }
    }

    private long query(String sql) throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO scheduler");
            ResultSet rows = statement.executeQuery(sql);
            rows.next();
            return rows.getLong(1);
        }
    }
}
