package com.viraltracker.benchmarks.dispatch;

import com.viraltracker.benchmarks.env.Database;
import com.viraltracker.testing.TopicProbe;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * Occurrences becoming due steadily (one every 1/rate s for the given seconds), already stored as schedules the
 * way real ones are; lateness is from each run's due time (its {@code scheduled_for}) to the broker's append time.
 */
public final class Lateness {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration LEAD = Duration.ofSeconds(3);
    private static final String INSERT = """
            INSERT INTO scheduler.scheduled_jobs (brand_id, name, job_type, schedule_type, next_run_at, parameters)
            SELECT ?::uuid, 'due ' || n, 'meta_sync', 'one_time',
                   ?::timestamptz + n * ? * interval '1 microsecond', '{"days_back": 3}'
              FROM generate_series(0, ? - 1) AS n""";

    private final Database database;

    public Lateness(Database database) {
        this.database = database;
    }

    /** @return each occurrence's lateness in milliseconds, sorted */
    public long[] round(int seconds, int perSecond) throws SQLException, InterruptedException {
        database.execute("TRUNCATE scheduler.job_runs, scheduler.scheduled_jobs");
        int occurrences = seconds * perSecond;
        String brand = UUID.randomUUID().toString();
        try (TopicProbe probe = TopicProbe.fromNow(SchedulerDispatch.TOPIC)) {
            Instant first = Instant.now().plus(LEAD);
            database.update(INSERT, brand, Timestamp.from(first), 1_000_000L / perSecond, occurrences);
            Published published = Published.await(probe, brand, occurrences, LEAD.plusSeconds(seconds + 60L));
            if (published.duplicates() != 0 || published.missing(occurrences) != 0) {
                throw new IllegalStateException("lateness round published " + published.records() + " records for "
                        + occurrences + " occurrences (" + published.distinctRuns() + " distinct)");
            }
            return latenesses(published.all());
        }
    }

    private static long[] latenesses(List<ConsumerRecord<String, byte[]>> records) {
        long[] millis = new long[records.size()];
        for (int i = 0; i < millis.length; i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            Instant due = Instant.parse(
                    JSON.readTree(record.value()).get("scheduled_for").asString());
            millis[i] = record.timestamp() - due.toEpochMilli();
        }
        Arrays.sort(millis);
        return millis;
    }
}
