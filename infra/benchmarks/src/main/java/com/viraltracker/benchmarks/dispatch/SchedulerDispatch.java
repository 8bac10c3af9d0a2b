package com.viraltracker.benchmarks.dispatch;

import com.viraltracker.benchmarks.env.Database;
import com.viraltracker.events.JobType;
import com.viraltracker.testing.TopicProbe;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

/**
 * Our dispatcher, as a running scheduler-service: N one-time meta_sync jobs become due in one committed INSERT
 * (plain SQL, as the seed does it); the round ends when the broker has appended the last of their events.
 */
public final class SchedulerDispatch {
    static final String TOPIC = JobType.META_SYNC.requestTopic();
    private static final String INSERT = """
            INSERT INTO scheduler.scheduled_jobs (brand_id, name, job_type, schedule_type, next_run_at, parameters)
            SELECT ?::uuid, 'bench ' || n, 'meta_sync', 'one_time', now() - interval '1 second', '{"days_back": 3}'
              FROM generate_series(1, ?) AS n""";

    private final Database database;

    public SchedulerDispatch(Database database) {
        this.database = database;
    }

    public void clear() throws SQLException {
        database.execute("TRUNCATE scheduler.job_runs, scheduler.scheduled_jobs");
    }

    public Throughput round(int jobs) throws SQLException, InterruptedException {
        clear();
        database.checkpoint();
        String brand = UUID.randomUUID().toString();
        try (TopicProbe probe = TopicProbe.fromNow(TOPIC)) {
            database.update(INSERT, brand, jobs);
            // The clock starts at the commit: that is when the rows become visible (and NOTIFY fires).
            long committed = System.currentTimeMillis();
            Published published = Published.await(probe, brand, jobs, Duration.ofSeconds(60 + jobs / 200));
            long marked = awaitDispatched(brand, jobs);
            if (marked != jobs) {
                throw new IllegalStateException(marked + " of " + jobs + " runs marked dispatched");
            }
            logPhases(committed, published.lastAppendedAtMillis());
            return new Throughput(
                    jobs,
                    published.lastAppendedAtMillis() - committed,
                    published.duplicates(),
                    published.missing(jobs));
        }
    }

    /**
     * Where a round's time went, from the runs' own timestamps: when the first and the last claim began
     * (created_at, the claim transaction's start), against the broker's append of the last event; and how many runs
     * the dispatcher could not publish itself and left to the relay (normally none).
     */
    private void logPhases(long committed, long lastAppended) throws SQLException {
        long firstClaim = database.count(
                "SELECT (extract(epoch FROM min(created_at)) * 1000)::bigint " + "FROM scheduler.job_runs");
        long lastClaim = database.count(
                "SELECT (extract(epoch FROM max(created_at)) * 1000)::bigint " + "FROM scheduler.job_runs");
        long relayed = database.count("SELECT count(*) FROM scheduler.job_runs WHERE publish_attempts <> 1");
        System.out.printf(
                "[bench]     round: first claim +%d ms, last claim +%d ms, last event appended +%d ms after "
                        + "the commit; %d runs left to the relay%n",
                firstClaim - committed, lastClaim - committed, lastAppended - committed, relayed);
    }

    /** Runs are stored as dispatched when their claim commits, just after the broker's acks; give it a moment. */
    private long awaitDispatched(String brand, int jobs) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long count;
        do {
            count = database.count(
                    "SELECT count(*) FROM scheduler.job_runs WHERE brand_id = ?::uuid " + "AND status = 'dispatched'",
                    brand);
            if (count < jobs) {
                Thread.sleep(50);
            }
        } while (count < jobs && System.nanoTime() < deadline);
        return count;
    }
}
