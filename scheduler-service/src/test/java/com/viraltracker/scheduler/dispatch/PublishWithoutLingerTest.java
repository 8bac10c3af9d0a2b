package com.viraltracker.scheduler.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.testing.ServiceIntegrationTest;
import com.viraltracker.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A claim's events go out as soon as they are all handed to the producer, not after its linger: with the linger
 * stretched to 20 s, only the publisher's flush explains a due occurrence reaching Kafka within seconds.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "spring.kafka.producer.properties.linger.ms=20000")
class PublishWithoutLingerTest {
    @Autowired
    TestDatabase database;

    @Test
    void a_due_occurrence_is_on_kafka_well_before_the_producer_linger_ends() throws Exception {
        PsqlDueScorecard.Published published = PsqlDueScorecard.insertAndAwait(database, Duration.ofSeconds(30));
        assertThat(published.millis()).as("well inside the 20 s linger").isLessThan(10_000);
        UUID brand = published.brand();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO scheduler");
            long dispatched = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (dispatched == 0 && System.nanoTime() < deadline) {
                try (var rows = statement.executeQuery("SELECT count(*) FROM job_runs WHERE brand_id = '" + brand
                        + "' AND status = 'dispatched' AND publish_attempts = 1")) {
                    rows.next();
                    dispatched = rows.getLong(1);
                }
                Thread.sleep(50);
            }
            assertThat(dispatched)
                    .as("published by the claim itself, not left to the relay")
                    .isEqualTo(1);
        }
    }
}
