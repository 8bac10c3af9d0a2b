package com.viraltracker.benchmarks.dispatch;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.viraltracker.benchmarks.env.Database;
import com.viraltracker.events.parameters.MetaSyncParameters;
import com.viraltracker.events.request.MetaSyncRequested;
import com.viraltracker.testing.TopicProbe;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What a user would otherwise pick: db-scheduler with {@code pollUsingLockAndFetch}, whose one-time task
 * publishes the same event through a producer with our settings and waits for the broker's acknowledgement
 * before the execution counts as done (the guarantee our dispatcher gives). Task instance ids are
 * {@code <brand>/<run id>}.
 */
public final class DbSchedulerDispatch implements AutoCloseable {
    private static final String TASK = "publish-meta-sync";
    // db-scheduler's PostgreSQL table (its postgresql_tables.sql for 16.x), in a schema of its own.
    private static final String[] DDL = {
        "CREATE SCHEMA IF NOT EXISTS dbscheduler",
        """
            CREATE TABLE IF NOT EXISTS dbscheduler.scheduled_tasks (
              task_name text NOT NULL, task_instance text NOT NULL, task_data bytea,
              execution_time timestamp with time zone NOT NULL, picked boolean NOT NULL, picked_by text,
              last_success timestamp with time zone, last_failure timestamp with time zone,
              consecutive_failures int, last_heartbeat timestamp with time zone, version bigint NOT NULL,
              priority smallint,
              PRIMARY KEY (task_name, task_instance))""",
        "CREATE INDEX IF NOT EXISTS execution_time_idx ON dbscheduler.scheduled_tasks (execution_time)",
        "CREATE INDEX IF NOT EXISTS last_heartbeat_idx ON dbscheduler.scheduled_tasks (last_heartbeat)",
        "CREATE INDEX IF NOT EXISTS priority_execution_time_idx ON dbscheduler.scheduled_tasks "
                + "(priority DESC, execution_time ASC)"
    };
    private static final String INSERT = """
            INSERT INTO dbscheduler.scheduled_tasks (task_name, task_instance, execution_time, picked, version)
            SELECT ?, ? || '/' || gen_random_uuid(), now() - interval '1 second', false, 1
              FROM generate_series(1, ?)""";

    private final Database database;
    private final KafkaProducer<String, Object> producer;
    private final HikariDataSource dataSource;
    private final Scheduler scheduler;

    /**
     * @param poolSize connections of its pool: an execution holds one only to be picked and to be completed, not
     *                 while its task publishes, so a pool smaller than the threads does not hold them back; it must
     *                 fit within the server's max_connections beside everyone else's
     */
    public DbSchedulerDispatch(Database database, KafkaProducer<String, Object> producer, int threads, int poolSize)
            throws SQLException {
        this.database = database;
        this.producer = producer;
        database.execute(DDL);
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(database.server().jdbcUrl() + "?currentSchema=dbscheduler");
        pool.setUsername(database.server().user());
        pool.setPassword(database.server().password());
        pool.setMaximumPoolSize(poolSize);
        pool.setPoolName("db-scheduler");
        this.dataSource = new HikariDataSource(pool);
        OneTimeTask<Void> publish = Tasks.oneTime(TASK)
                .execute((instance, context) -> publish(instance.getId(), context.getExecution().executionTime));
        this.scheduler = Scheduler.create(dataSource, publish)
                .threads(threads)
                .pollUsingLockAndFetch(0.5, 1.0)
                .build();
        scheduler.start();
    }

    private void publish(String instanceId, java.time.Instant scheduledFor) {
        int slash = instanceId.indexOf('/');
        UUID brand = UUID.fromString(instanceId.substring(0, slash));
        UUID run = UUID.fromString(instanceId.substring(slash + 1));
        var request = new MetaSyncRequested(run, run, brand, scheduledFor, 1, new MetaSyncParameters(3));
        try {
            producer.send(new ProducerRecord<>(SchedulerDispatch.TOPIC, brand.toString(), request))
                    .get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + run, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish " + run, e);
        }
    }

    public Throughput round(int jobs) throws SQLException, InterruptedException {
        database.execute("TRUNCATE dbscheduler.scheduled_tasks");
        database.checkpoint();
        String brand = UUID.randomUUID().toString();
        try (TopicProbe probe = TopicProbe.fromNow(SchedulerDispatch.TOPIC)) {
            database.update(INSERT, TASK, brand, jobs);
            long committed = System.currentTimeMillis();
            // The same wake-up our dispatcher gets from NOTIFY, instead of waiting for the next 10 s poll.
            scheduler.triggerCheckForDueExecutions();
            Published published = Published.await(probe, brand, jobs, Duration.ofSeconds(60 + jobs / 100));
            return new Throughput(
                    jobs,
                    published.lastAppendedAtMillis() - committed,
                    published.duplicates(),
                    published.missing(jobs));
        }
    }

    @Override
    public void close() {
        scheduler.stop();
        dataSource.close();
    }
}
