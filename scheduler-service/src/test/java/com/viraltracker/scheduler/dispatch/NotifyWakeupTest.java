package com.viraltracker.scheduler.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.JobType;
import com.viraltracker.testing.ServiceIntegrationTest;
import com.viraltracker.testing.TestDatabase;
import com.viraltracker.testing.TopicProbe;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * With polling stretched to a minute, only LISTEN/NOTIFY can explain a psql INSERT reaching Kafka within seconds.
 */
@ServiceIntegrationTest
@TestPropertySource(
        properties = {"viraltracker.scheduler.dispatch.max-sleep=60s", "viraltracker.scheduler.relay.retry-backoff=60s"
        })
class NotifyWakeupTest {
    @Autowired
    TestDatabase database;

    @Test
    void a_psql_insert_of_a_due_job_wakes_the_dispatcher_without_waiting_for_a_poll() throws Exception {
        // Let the loops fall asleep on their minute-long wait first.
        Thread.sleep(1_000);
        long millis = PsqlDueScorecard.insertAndAwait(database, Duration.ofSeconds(10))
                .millis();
        System.out.printf("psql INSERT to Kafka: %d ms%n", millis);
        assertThat(millis).as("well inside the 60 s poll").isLessThan(10_000);
    }

    @Test
    void a_psql_update_that_activates_a_due_schedule_wakes_the_dispatcher() throws Exception {
        UUID brand = UUID.randomUUID();
        try (TopicProbe topic = TopicProbe.fromNow(JobType.SCORECARD.requestTopic());
                Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO scheduler");
            statement.execute(
                    "INSERT INTO scheduled_jobs (brand_id, name, job_type, schedule_type, next_run_at, status) "
                            + "VALUES ('" + brand + "', 'paused', 'scorecard', 'one_time', now(), 'paused')");
            Thread.sleep(1_000); // the insert's wake-up finds nothing due; the loop falls asleep again
            long resumed = System.nanoTime();
            statement.execute("UPDATE scheduled_jobs SET status = 'active' WHERE brand_id = '" + brand + "'");
            topic.awaitOne(r -> brand.toString().equals(r.key()), Duration.ofSeconds(10));
            assertThat((System.nanoTime() - resumed) / 1_000_000)
                    .as("well inside the 60 s poll")
                    .isLessThan(10_000);
        }
    }

    @Test
    void a_psql_insert_of_a_manual_run_wakes_the_relay() throws Exception {
        UUID brand = UUID.randomUUID();
        try (TopicProbe topic = TopicProbe.fromNow(JobType.SCORECARD.requestTopic());
                Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO scheduler");
            Thread.sleep(1_000);
            long queued = System.nanoTime();
            statement.execute(
                    "INSERT INTO job_runs (id, brand_id, job_type, scheduled_for, trigger, status, parameters) "
                            + "VALUES (gen_random_uuid(), '" + brand + "', 'scorecard', now(), 'manual', 'pending', "
                            + "'{\"days_back\": 7}')");
            topic.awaitOne(r -> brand.toString().equals(r.key()), Duration.ofSeconds(10));
            assertThat((System.nanoTime() - queued) / 1_000_000)
                    .as("well inside the 60 s retry")
                    .isLessThan(10_000);
        }
    }
}
