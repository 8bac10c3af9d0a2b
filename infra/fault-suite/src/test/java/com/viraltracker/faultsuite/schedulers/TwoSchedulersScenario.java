package com.viraltracker.faultsuite.schedulers;

import com.viraltracker.events.JobType;
import com.viraltracker.faultsuite.report.Report;
import com.viraltracker.faultsuite.stack.FaultStack;
import com.viraltracker.faultsuite.stack.ServiceMetrics;
import com.viraltracker.faultsuite.stack.Sql;
import com.viraltracker.testing.process.ServiceProcess;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Scenario 2: two scheduler processes on one (fresh) database share a pile of due one-time jobs. Every occurrence
 * must get exactly one run and be published, and both instances must have dispatched some.
 */
public final class TwoSchedulersScenario {
    private static final Duration TIMEOUT = Duration.ofMinutes(20);

    private final FaultStack stack;
    private final Report.Section report;

    public TwoSchedulersScenario(FaultStack stack, Report report) {
        this.stack = stack;
        this.report = report.section("2. Two schedulers against one database");
    }

    /** What the promises are checked against. */
    public record Outcome(
            int jobs,
            long runs,
            long jobsWithRun,
            long dispatchedTwice,
            long completedJobs,
            long publishedRunIds,
            double dispatchedByFirst,
            double dispatchedBySecond) {}

    public Outcome run(int jobs) {
        // The stack's own services would consume what these schedulers publish; this scenario runs last.
        stack.services().values().parallelStream().forEach(ServiceProcess::stop);
        Sql sql = new Sql(stack.postgres.createDatabase("two_schedulers"));
        // Both start at once on the fresh database, as two replicas of a first deployment would: they take turns
        // to migrate it (service-support's SerializedMigrations) instead of racing to create Liquibase's tables.
        ServiceProcess first = stack.launch(FaultStack.SCHEDULER, sql.database(), "scheduler-one");
        ServiceProcess second;
        try {
            second = stack.launch(FaultStack.SCHEDULER, sql.database(), "scheduler-two");
        } catch (RuntimeException e) {
            first.close();
            throw e;
        }
        try {
            first.awaitReady(FaultStack.START_TIMEOUT);
            second.awaitReady(FaultStack.START_TIMEOUT);
            UUID brand = UUID.randomUUID();
            Instant started = Instant.now();
            sql.execute("INSERT INTO scheduled_jobs (brand_id, name, job_type, schedule_type, next_run_at, parameters) "
                    + "SELECT '" + brand + "', 'due ' || n, 'meta_sync', 'one_time', now(), '{\"days_back\": 1}' "
                    + "FROM generate_series(1, " + jobs + ") AS n");
            Instant deadline = started.plus(TIMEOUT);
            while (sql.number("SELECT count(*) FROM job_runs WHERE status = 'dispatched'") < jobs
                    && Instant.now().isBefore(deadline)) {
                sleep();
            }
            Duration took = Duration.between(started, Instant.now());
            long published = publishedRunIds(brand, jobs);
            double one = dispatched(first);
            double two = dispatched(second);
            report.figure("due jobs", jobs)
                    .figure("all dispatched and published after", took)
                    .figure(
                            "dispatch rate",
                            String.format("%.0f runs/s", jobs / Math.max(0.001, took.toMillis() / 1000.0)))
                    .figure("dispatched by instance one", (long) one)
                    .figure("dispatched by instance two", (long) two);
            return new Outcome(
                    jobs,
                    sql.number("SELECT count(*) FROM job_runs"),
                    sql.number("SELECT count(DISTINCT job_id) FROM job_runs"),
                    sql.number(
                            "SELECT count(*) FROM (SELECT job_id FROM job_runs GROUP BY job_id HAVING count(*) > 1) t"),
                    sql.number("SELECT count(*) FROM scheduled_jobs WHERE status = 'completed'"),
                    published,
                    one,
                    two);
        } finally {
            first.close();
            second.close();
        }
    }

    /** Distinct run ids published for the brand on the meta_sync topic. */
    private long publishedRunIds(UUID brand, int expected) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.broker.bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        Set<String> runIds = new HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(JobType.META_SYNC.requestTopic()));
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            int emptyPolls = 0;
            while (Instant.now().isBefore(deadline) && (runIds.size() < expected || emptyPolls < 3)) {
                var records = consumer.poll(Duration.ofSeconds(1));
                emptyPolls = records.isEmpty() ? emptyPolls + 1 : 0;
                records.forEach(record -> {
                    if (brand.toString().equals(record.key())
                            && record.headers().lastHeader("ce_id") != null) {
                        runIds.add(
                                new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
                    }
                });
            }
        }
        return runIds.size();
    }

    /** The instance's {@code viraltracker_scheduler_dispatched_total}, summed over its series. */
    private static double dispatched(ServiceProcess scheduler) {
        return ServiceMetrics.sum(scheduler, "viraltracker_scheduler_dispatched_total");
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
