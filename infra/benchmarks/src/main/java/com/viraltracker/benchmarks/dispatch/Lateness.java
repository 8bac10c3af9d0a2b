package com.viraltracker.benchmarks.dispatch;

import com.viraltracker.benchmarks.env.Database;
import com.viraltracker.testing.TopicProbe;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * One round's latenesses, each sorted, in milliseconds: due → appended, and its two parts: due → the claim
     * that took it began (created_at, its transaction's start: the dispatcher's wait), and that → appended (the
     * claim's statements, the publish and the acknowledgement).
     */
    public record Round(long[] lateness, long[] waitForClaim, long[] claimToAppend) {}

    public Round round(int seconds, int perSecond) throws SQLException, InterruptedException {
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
            long[] sorted = latenesses(published.all());
            traceSlowest(published.all());
            Map<String, Long> claimBegan = claimsBegan();
            long[] wait = new long[published.all().size()];
            long[] claim = new long[wait.length];
            for (int i = 0; i < wait.length; i++) {
                ConsumerRecord<String, byte[]> record = published.all().get(i);
                long began = claimBegan.get(TopicProbe.header(record, "ce_id"));
                wait[i] = began - dueMillis(record);
                claim[i] = record.timestamp() - began;
            }
            Arrays.sort(wait);
            Arrays.sort(claim);
            return new Round(sorted, wait, claim);
        }
    }

    /** When the claim of each run of the round began, in epoch milliseconds, by run id. */
    private Map<String, Long> claimsBegan() throws SQLException {
        Map<String, Long> began = new HashMap<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT id::text, (extract(epoch FROM created_at) * 1000)::bigint "
                                + "FROM scheduler.job_runs")) {
            while (rows.next()) {
                began.put(rows.getString(1), rows.getLong(2));
            }
        }
        return began;
    }

    /**
     * Where the slowest occurrences lost their time, from their runs' own timestamps: when the claim that took
     * them began (created_at, its transaction's start) and the instant it claimed as "now" (dispatched_at), against
     * the due time and the broker's append. Printed, not reported: it is what a stall is looked for with.
     */
    private void traceSlowest(List<ConsumerRecord<String, byte[]>> records) throws SQLException {
        List<ConsumerRecord<String, byte[]>> slowest = records.stream()
                .sorted(java.util.Comparator.comparingLong(
                                (ConsumerRecord<String, byte[]> r) -> r.timestamp() - dueMillis(r))
                        .reversed())
                .limit(5)
                .toList();
        for (ConsumerRecord<String, byte[]> record : slowest) {
            long due = dueMillis(record);
            String run = TopicProbe.header(record, "ce_id");
            String claim = database.text(
                    "SELECT (extract(epoch FROM created_at) * 1000)::bigint || ' ' "
                            + "|| (extract(epoch FROM dispatched_at) * 1000)::bigint FROM scheduler.job_runs "
                            + "WHERE id = ?::uuid",
                    run);
            String[] times = claim == null ? new String[] {"0", "0"} : claim.split(" ");
            System.out.printf(
                    "[bench]     slow occurrence due %s: claim began +%d ms, claimed as of +%d ms, appended +%d ms%n",
                    Instant.ofEpochMilli(due),
                    Long.parseLong(times[0]) - due,
                    Long.parseLong(times[1]) - due,
                    record.timestamp() - due);
        }
    }

    private static long dueMillis(ConsumerRecord<String, byte[]> record) {
        return Instant.parse(JSON.readTree(record.value()).get("scheduled_for").asString())
                .toEpochMilli();
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
