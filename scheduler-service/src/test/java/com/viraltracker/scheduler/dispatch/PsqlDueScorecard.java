package com.viraltracker.scheduler.dispatch;

import com.viraltracker.events.JobType;
import com.viraltracker.testing.TestDatabase;
import com.viraltracker.testing.TopicProbe;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/**
 * A one-time scorecard made due by a plain SQL INSERT, as a user with psql would, and how long its request took to
 * reach Kafka: what the dispatch tests measure against the setting they stretch.
 */
final class PsqlDueScorecard {
    private PsqlDueScorecard() {}

    /** The brand of the inserted job and the milliseconds from the INSERT to its request on the topic. */
    record Published(UUID brand, long millis) {}

    static Published insertAndAwait(TestDatabase database, Duration timeout) throws Exception {
        UUID brand = UUID.randomUUID();
        try (TopicProbe topic = TopicProbe.fromNow(JobType.SCORECARD.requestTopic());
                Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO scheduler");
            long inserted = System.nanoTime();
            statement.execute("INSERT INTO scheduled_jobs (brand_id, name, job_type, schedule_type, next_run_at) "
                    + "VALUES ('" + brand + "', 'now', 'scorecard', 'one_time', now())");
            topic.awaitOne(r -> brand.toString().equals(r.key()), timeout);
            return new Published(brand, (System.nanoTime() - inserted) / 1_000_000);
        }
    }
}
