package com.viraltracker.benchmarks.dispatch;

import com.viraltracker.benchmarks.env.Database;
import com.viraltracker.events.JobDescriptors;
import com.viraltracker.events.JobType;
import com.viraltracker.events.parameters.JobParameters;
import com.viraltracker.events.request.JobRequested;
import com.viraltracker.events.serde.EventJson;
import com.viraltracker.testing.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * The same-work ceiling: per occurrence exactly what a dispatch of scheduler-service does, written by hand with bare
 * JDBC and a plain {@link KafkaProducer}, no framework. Each claimant claims 500 due schedules with
 * {@code FOR UPDATE SKIP LOCKED} (the same ten columns), inserts their runs as dispatched (the same row: run id
 * derived from schedule and due time, the parameters as stored, {@code ON CONFLICT DO NOTHING RETURNING id}),
 * completes each one-time schedule, publishes the same event bytes (the same request record, serializer and
 * CloudEvent source) through a producer with the same settings (idempotent, {@code acks=all}, linger 5 ms, 64 KiB
 * batches), and commits once every send is acknowledged. Four claimants side by side, as the dispatcher's
 * concurrency.
 *
 * <p>What it leaves out is what a framework-free loop needs not do for these jobs: the claim of schedules inserted
 * without a run time, cron planning, the brand rule, metrics, the outbox fallback. It runs on copies of the
 * scheduler's two tables (same columns, constraints, indexes, foreign key and triggers) because the running
 * scheduler-service would claim from the tables themselves.
 */
public final class SameWorkCeiling implements AutoCloseable {
    static final String SCHEMA = "same_work";
    private static final int BATCH = 500;
    private static final int CLAIMANTS = 4;
    private static final String INSERT_JOBS = """
            INSERT INTO same_work.scheduled_jobs (brand_id, name, job_type, schedule_type, next_run_at, parameters)
            SELECT ?::uuid, 'bench ' || n, 'meta_sync', 'one_time', now() - interval '1 second', '{"days_back": 3}'
              FROM generate_series(1, ?) AS n""";
    private static final String CLAIM = """
            SELECT id, brand_id, job_type, schedule_type, cron_expression, timezone, next_run_at, parameters,
                   product_id, template_mode
              FROM same_work.scheduled_jobs
             WHERE status = 'active' AND next_run_at <= ?
             ORDER BY next_run_at
             LIMIT ?
             FOR UPDATE SKIP LOCKED""";
    private static final String INSERT_RUNS = """
            INSERT INTO same_work.job_runs (id, job_id, brand_id, job_type, scheduled_for, trigger, status,
                                            parameters, dispatched_at, publish_attempts, last_publish_attempt_at)
            SELECT r.id, r.job_id, r.brand_id, r.job_type, r.scheduled_for, 'schedule', 'dispatched',
                   CAST(r.parameters AS jsonb), ?, 1, ?
              FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS text[]),
                          CAST(? AS timestamptz[]), CAST(? AS text[]))
                   AS r(id, job_id, brand_id, job_type, scheduled_for, parameters)
            ON CONFLICT DO NOTHING
            RETURNING id""";
    private static final String COMPLETE = """
            UPDATE same_work.scheduled_jobs s
               SET next_run_at = NULL, status = 'completed', updated_at = now()
              FROM unnest(CAST(? AS uuid[])) AS a(id)
             WHERE s.id = a.id""";

    private final Database database;
    private final KafkaProducer<String, Object> producer;
    private final ExecutorService claimants = Executors.newFixedThreadPool(CLAIMANTS);

    /** @param producer the scheduler's settings and CloudEvent source, so its records are byte for byte the same */
    public SameWorkCeiling(Database database, KafkaProducer<String, Object> producer) throws SQLException {
        this.database = database;
        this.producer = producer;
        copyTables();
    }

    /**
     * The scheduler's tables as its migrations left them, under another schema: {@code LIKE … INCLUDING ALL}
     * copies columns, defaults, checks and indexes; the foreign key and the NOTIFY triggers are copied from
     * their definitions.
     */
    private void copyTables() throws SQLException {
        database.execute(
                "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE",
                "CREATE SCHEMA " + SCHEMA,
                "CREATE TABLE same_work.scheduled_jobs (LIKE scheduler.scheduled_jobs INCLUDING ALL)",
                "CREATE TABLE same_work.job_runs (LIKE scheduler.job_runs INCLUDING ALL)");
        List<String> copies = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            try (ResultSet keys = statement.executeQuery("""
                    SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
                     WHERE conrelid = 'scheduler.job_runs'::regclass AND contype = 'f'""")) {
                while (keys.next()) {
                    copies.add("ALTER TABLE same_work.job_runs ADD CONSTRAINT " + keys.getString(1) + " "
                            + keys.getString(2).replace("scheduler.scheduled_jobs", "same_work.scheduled_jobs"));
                }
            }
            try (ResultSet triggers = statement.executeQuery("""
                    SELECT pg_get_triggerdef(oid) FROM pg_trigger
                     WHERE tgrelid IN ('scheduler.scheduled_jobs'::regclass, 'scheduler.job_runs'::regclass)
                       AND NOT tgisinternal""")) {
                while (triggers.next()) {
                    copies.add(triggers.getString(1).replace(" ON scheduler.", " ON same_work."));
                }
            }
        }
        if (copies.stream().noneMatch(sql -> sql.contains("FOREIGN KEY"))
                || copies.stream().noneMatch(sql -> sql.startsWith("CREATE TRIGGER"))) {
            throw new IllegalStateException("the scheduler's foreign key or triggers were not found: " + copies);
        }
        database.execute(copies.toArray(String[]::new));
    }

    public Throughput round(int jobs) throws Exception {
        database.execute("TRUNCATE same_work.job_runs, same_work.scheduled_jobs");
        database.checkpoint();
        String brand = UUID.randomUUID().toString();
        try (TopicProbe probe = TopicProbe.fromNow(SchedulerDispatch.TOPIC)) {
            database.update(INSERT_JOBS, brand, jobs);
            database.execute("ANALYZE same_work.scheduled_jobs");
            long committed = System.currentTimeMillis();
            List<Future<Integer>> claimed = new ArrayList<>();
            for (int i = 0; i < CLAIMANTS; i++) {
                claimed.add(claimants.submit(this::drain));
            }
            for (Future<Integer> claimant : claimed) {
                claimant.get(10, TimeUnit.MINUTES);
            }
            Published published = Published.await(probe, brand, jobs, Duration.ofSeconds(60 + jobs / 200));
            long stored = database.count("SELECT count(*) FROM same_work.job_runs WHERE status = 'dispatched'");
            if (stored != jobs) {
                throw new IllegalStateException(stored + " of " + jobs + " runs stored as dispatched");
            }
            return new Throughput(
                    jobs,
                    published.lastAppendedAtMillis() - committed,
                    published.duplicates(),
                    published.missing(jobs));
        }
    }

    /** Claims batch after batch on one connection until a batch comes back short; @return schedules claimed. */
    private int drain() throws Exception {
        int total = 0;
        try (Connection connection = database.connect();
                PreparedStatement claim = connection.prepareStatement(CLAIM);
                PreparedStatement insertRuns = connection.prepareStatement(INSERT_RUNS);
                PreparedStatement complete = connection.prepareStatement(COMPLETE)) {
            connection.setAutoCommit(false);
            int claimed;
            do {
                claimed = claimBatch(connection, claim, insertRuns, complete);
                total += claimed;
            } while (claimed == BATCH);
        }
        return total;
    }

    private int claimBatch(
            Connection connection, PreparedStatement claim, PreparedStatement insertRuns, PreparedStatement complete)
            throws Exception {
        Instant now = Instant.now();
        Timestamp nowStamp = Timestamp.from(now);
        claim.setTimestamp(1, nowStamp);
        claim.setInt(2, BATCH);
        List<JobRequested> requests = new ArrayList<>(BATCH);
        List<String> parameters = new ArrayList<>(BATCH);
        try (ResultSet rows = claim.executeQuery()) {
            while (rows.next()) {
                UUID jobId = rows.getObject(1, UUID.class);
                UUID brandId = rows.getObject(2, UUID.class);
                JobType type = JobType.ofWireName(rows.getString(3));
                Instant scheduledFor = rows.getObject(7, OffsetDateTime.class).toInstant();
                JobParameters parsed =
                        JobParameters.parse(type, brandId, EventJson.mapper().readValue(rows.getString(8), Map.class));
                requests.add(JobDescriptors.of(type)
                        .request(runId(jobId, scheduledFor), jobId, brandId, scheduledFor, 1, parsed));
                parameters.add(EventJson.mapper().writeValueAsString(parsed));
            }
        }
        if (requests.isEmpty()) {
            connection.commit();
            return 0;
        }
        int n = requests.size();
        UUID[] ids = new UUID[n];
        UUID[] jobIds = new UUID[n];
        UUID[] brandIds = new UUID[n];
        String[] types = new String[n];
        String[] due = new String[n];
        for (int i = 0; i < n; i++) {
            JobRequested request = requests.get(i);
            ids[i] = request.runId();
            jobIds[i] = request.jobId();
            brandIds[i] = request.brandId();
            types[i] = request.jobType().wireName();
            due[i] = request.scheduledFor().toString();
        }
        insertRuns.setTimestamp(1, nowStamp);
        insertRuns.setTimestamp(2, nowStamp);
        insertRuns.setArray(3, connection.createArrayOf("uuid", ids));
        insertRuns.setArray(4, connection.createArrayOf("uuid", jobIds));
        insertRuns.setArray(5, connection.createArrayOf("uuid", brandIds));
        insertRuns.setArray(6, connection.createArrayOf("text", types));
        insertRuns.setArray(7, connection.createArrayOf("text", due));
        insertRuns.setArray(8, connection.createArrayOf("text", parameters.toArray(String[]::new)));
        List<UUID> inserted = new ArrayList<>(n);
        try (ResultSet rows = insertRuns.executeQuery()) {
            while (rows.next()) {
                inserted.add(rows.getObject(1, UUID.class));
            }
        }
        complete.setArray(1, connection.createArrayOf("uuid", jobIds));
        complete.executeUpdate();
        List<Future<RecordMetadata>> sends = new ArrayList<>(n);
        Set<UUID> toPublish = new HashSet<>(inserted);
        for (JobRequested request : requests) {
            if (toPublish.contains(request.runId())) {
                sends.add(producer.send(new ProducerRecord<>(
                        request.jobType().requestTopic(), request.brandId().toString(), request)));
            }
        }
        for (Future<RecordMetadata> send : sends) {
            send.get(30, TimeUnit.SECONDS);
        }
        connection.commit();
        return n;
    }

    /** As scheduler-service's OccurrenceRunIds: the same schedule and due time give the same run id. */
    private static UUID runId(UUID jobId, Instant scheduledFor) {
        String name =
                "viraltracker:occurrence:" + jobId + "@" + scheduledFor.getEpochSecond() + "." + scheduledFor.getNano();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        claimants.shutdownNow();
    }
}
