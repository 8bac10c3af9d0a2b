package com.viraltracker.scheduler.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.JobType;
import com.viraltracker.events.request.JobRequested;
import com.viraltracker.scheduler.housekeeping.TimedOutRunReaper;
import com.viraltracker.support.kafka.EventPublisher;
import com.viraltracker.testing.MutableClock;
import com.viraltracker.testing.SeedSql;
import com.viraltracker.testing.ServiceIntegrationTest;
import com.viraltracker.testing.TestDatabase;
import com.viraltracker.testing.TopicProbe;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/** Dispatch with a clock the test moves: nothing here waits for real time to pass. */
@ServiceIntegrationTest
@Import(DispatchTest.MovableTime.class)
class DispatchTest {

    @TestConfiguration
    static class MovableTime {
        @Bean
        @Primary
        MutableClock movableClock() {
            return new MutableClock(Instant.now());
        }

        @Bean
        @Primary
        SwitchableBroker switchableBroker(@Qualifier("eventKafkaTemplate") KafkaTemplate<String, Object> template) {
            return new SwitchableBroker(template);
        }
    }

    /** The real broker, except that the test can make every publish fail as if it were unreachable. */
    static class SwitchableBroker extends EventPublisher {
        volatile boolean unreachable;

        SwitchableBroker(KafkaTemplate<String, Object> template) {
            super(template);
        }

        @Override
        public CompletableFuture<SendResult<String, Object>> publish(JobRequested request) {
            return unreachable
                    ? CompletableFuture.failedFuture(new TimeoutException("broker unreachable (test)"))
                    : super.publish(request);
        }
    }

    @Autowired
    MutableClock clock;

    @Autowired
    TestDatabase database;

    @Autowired
    DispatchLoop dispatch;

    @Autowired
    SwitchableBroker broker;

    @Autowired
    RelayLoop relay;

    @Autowired
    TimedOutRunReaper reaper;

    @Autowired
    com.viraltracker.scheduler.housekeeping.RunRetentionPurge purge;

    @BeforeEach
    void realTime() {
        clock.set(Instant.now());
    }

    @Test
    void the_seeds_sql_run_verbatim_is_dispatched_to_the_right_topic_when_due() throws Exception {
        UUID brand = UUID.randomUUID();
        UUID scorecardBrand = UUID.randomUUID();
        execute(SeedSql.dailySync(brand));
        execute(SeedSql.weeklyScorecard(scorecardBrand));
        assertThat(count("SELECT count(*) FROM job_runs WHERE brand_id = '" + brand + "'"))
                .isZero();
        try (TopicProbe sync = TopicProbe.fromNow(JobType.META_SYNC.requestTopic());
                TopicProbe scorecard = TopicProbe.fromNow(JobType.SCORECARD.requestTopic())) {
            clock.advance(Duration.ofDays(7).plusMinutes(1));
            dispatch.signal();
            var syncEvent = sync.awaitOne(r -> brand.toString().equals(r.key()), Duration.ofSeconds(15));
            assertThat(new String(syncEvent.value())).contains("\"days_back\":7");
            var scorecardEvent =
                    scorecard.awaitOne(r -> scorecardBrand.toString().equals(r.key()), Duration.ofSeconds(15));
            assertThat(new String(scorecardEvent.value())).contains("\"export_email\":\"you@example.com\"");
        }
        // The daily job missed six of its 06:00 occurrences while time jumped a week: it ran once and says so.
        assertThat(text("SELECT summary->>'skipped_occurrences' FROM job_runs WHERE brand_id = '" + brand + "'"))
                .isEqualTo("6");
        expectNextRunAtSixInLosAngeles(brand);
    }

    @Test
    void a_sql_row_with_bad_parameters_becomes_a_failed_run_with_a_readable_error_not_an_event() throws Exception {
        UUID brand = UUID.randomUUID();
        execute("INSERT INTO scheduled_jobs (brand_id, name, job_type, cron_expression, next_run_at, parameters) "
                + "VALUES ('" + brand + "', 'bad', 'meta_sync', '@daily', now() - interval '1 minute', "
                + "'{\"days_back\": 5000}')");
        dispatch.signal();
        awaitCount("SELECT count(*) FROM job_runs WHERE brand_id = '" + brand + "' AND status = 'failed'", 1);
        assertThat(text("SELECT error_category FROM job_runs WHERE brand_id = '" + brand + "'"))
                .isEqualTo("INVALID_INPUT");
        assertThat(text("SELECT last_error FROM scheduled_jobs WHERE brand_id = '" + brand + "'"))
                .contains("days_back: must be between 1 and 1123");
        assertThat(text("SELECT status FROM scheduled_jobs WHERE brand_id = '" + brand + "'"))
                .isEqualTo("active");
    }

    @Test
    void a_sql_row_with_an_invalid_cron_is_paused_with_the_reason() throws Exception {
        UUID brand = UUID.randomUUID();
        execute("INSERT INTO scheduled_jobs (brand_id, name, job_type, cron_expression, next_run_at) " + "VALUES ('"
                + brand + "', 'bad cron', 'meta_sync', '0 25 * * *', now() - interval '1 minute')");
        dispatch.signal();
        awaitCount("SELECT count(*) FROM scheduled_jobs WHERE brand_id = '" + brand + "' AND status = 'paused'", 1);
        assertThat(text("SELECT last_error FROM scheduled_jobs WHERE brand_id = '" + brand + "'"))
                .contains("0 25 * * *")
                .contains("resume");
        assertThat(count("SELECT count(*) FROM job_runs WHERE brand_id = '" + brand + "'"))
                .isZero();
    }

    @Test
    void a_sql_row_without_next_run_at_gets_its_first_run_time_from_its_cron_and_runs_nothing_yet() throws Exception {
        UUID brand = UUID.randomUUID();
        execute("INSERT INTO scheduled_jobs (brand_id, name, job_type, cron_expression) " + "VALUES ('" + brand
                + "', 'no first run', 'meta_sync', '0 6 * * *')");
        dispatch.signal();
        awaitCount(
                "SELECT count(*) FROM scheduled_jobs WHERE brand_id = '" + brand + "' AND next_run_at IS NOT NULL", 1);
        expectNextRunAtSixInLosAngeles(brand);
        assertThat(count("SELECT count(*) FROM job_runs WHERE brand_id = '" + brand + "'"))
                .isZero();
    }

    @Test
    void a_one_time_job_runs_once_and_completes() throws Exception {
        UUID brand = UUID.randomUUID();
        try (TopicProbe topic = TopicProbe.fromNow(JobType.SCORECARD.requestTopic())) {
            execute("INSERT INTO scheduled_jobs (brand_id, name, job_type, schedule_type, next_run_at) " + "VALUES ('"
                    + brand + "', 'once', 'scorecard', 'one_time', now() - interval '1 second')");
            topic.awaitOne(r -> brand.toString().equals(r.key()), Duration.ofSeconds(15));
        }
        assertThat(text("SELECT status FROM scheduled_jobs WHERE brand_id = '" + brand + "'"))
                .isEqualTo("completed");
        clock.advance(Duration.ofDays(1));
        dispatch.signal();
        Thread.sleep(300);
        assertThat(count("SELECT count(*) FROM job_runs WHERE brand_id = '" + brand + "'"))
                .isEqualTo(1);
    }

    @Test
    void a_scheduled_run_is_stored_dispatched_once_its_event_is_on_the_topic() throws Exception {
        UUID brand = UUID.randomUUID();
        try (TopicProbe topic = TopicProbe.fromNow(JobType.META_SYNC.requestTopic())) {
            execute("INSERT INTO scheduled_jobs (brand_id, name, job_type, cron_expression, next_run_at) " + "VALUES ('"
                    + brand + "', 'sync', 'meta_sync', '@hourly', now() - interval '1 second')");
            dispatch.signal();
            var event = topic.awaitOne(r -> brand.toString().equals(r.key()), Duration.ofSeconds(15));
            awaitCount(
                    "SELECT count(*) FROM job_runs WHERE brand_id = '" + brand + "' AND status = 'dispatched'"
                            + " AND publish_attempts = 1 AND dispatched_at IS NOT NULL",
                    1);
            assertThat(TopicProbe.header(event, "ce_id"))
                    .isEqualTo(text("SELECT id FROM job_runs WHERE brand_id = '" + brand + "'"));
        }
    }

    @Test
    void a_run_whose_publish_failed_waits_in_the_outbox_and_the_relay_publishes_it_when_the_broker_is_back()
            throws Exception {
        UUID brand = UUID.randomUUID();
        try (TopicProbe topic = TopicProbe.fromNow(JobType.META_SYNC.requestTopic())) {
            broker.unreachable = true;
            try {
                execute("INSERT INTO scheduled_jobs (brand_id, name, job_type, cron_expression, next_run_at) "
                        + "VALUES ('" + brand + "', 'sync', 'meta_sync', '@hourly', now() - interval '1 second')");
                dispatch.signal();
                awaitCount(
                        "SELECT count(*) FROM job_runs WHERE brand_id = '" + brand + "' AND status = 'pending'"
                                + " AND last_publish_error LIKE '%broker unreachable%'",
                        1);
                relay.signal();
                assertThat(topic.drain(Duration.ofMillis(500)))
                        .noneMatch(r -> brand.toString().equals(r.key()));
            } finally {
                broker.unreachable = false;
            }
            clock.advance(Duration.ofSeconds(3)); // past the relay's retry back-off
            relay.signal();
            topic.awaitOne(r -> brand.toString().equals(r.key()), Duration.ofSeconds(15));
        }
        awaitCount(
                "SELECT count(*) FROM job_runs WHERE brand_id = '" + brand + "' AND status = 'dispatched'"
                        + " AND publish_attempts = 2 AND last_publish_error IS NULL",
                1);
    }

    @Test
    void a_run_without_a_result_past_its_type_timeout_is_timed_out_and_shown_on_its_schedule() throws Exception {
        UUID brand = UUID.randomUUID();
        execute("INSERT INTO scheduled_jobs (brand_id, name, job_type, cron_expression, next_run_at) " + "VALUES ('"
                + brand + "', 'sync', 'meta_sync', '@daily', now() - interval '1 second')");
        dispatch.signal();
        awaitCount("SELECT count(*) FROM job_runs WHERE brand_id = '" + brand + "' AND status = 'dispatched'", 1);
        assertThat(reaper.reap().block()).isZero();
        clock.advance(Duration.ofMinutes(31)); // meta_sync times out after 30 minutes
        assertThat(reaper.reap().block()).isGreaterThanOrEqualTo(1L);
        assertThat(text("SELECT status FROM job_runs WHERE brand_id = '" + brand + "'"))
                .isEqualTo("timed_out");
        assertThat(text("SELECT last_run_status FROM scheduled_jobs WHERE brand_id = '" + brand + "'"))
                .isEqualTo("timed_out");
        assertThat(text("SELECT last_error FROM scheduled_jobs WHERE brand_id = '" + brand + "'"))
                .contains("no result or progress within 30 minutes");
    }

    @Test
    void finished_runs_past_the_retention_period_are_purged_but_a_schedules_last_run_is_kept() throws Exception {
        UUID brand = UUID.randomUUID();
        execute("INSERT INTO scheduled_jobs (id, brand_id, name, job_type, cron_expression, next_run_at, status) "
                + "VALUES ('" + brand + "', '" + brand
                + "', 'sync', 'meta_sync', '@daily', now() + interval '1 day', 'paused')");
        for (int day = 1; day <= 3; day++) {
            execute(
                    "INSERT INTO job_runs (id, job_id, brand_id, job_type, scheduled_for, trigger, status, finished_at) "
                            + "VALUES (gen_random_uuid(), '" + brand + "', '" + brand + "', 'meta_sync', "
                            + "now() - interval '" + (100 + day) + " days', 'schedule', 'succeeded', "
                            + "now() - interval '" + (100 + day) + " days')");
        }
        execute("UPDATE scheduled_jobs SET last_run_id = (SELECT id FROM job_runs WHERE job_id = '" + brand
                + "' ORDER BY scheduled_for DESC LIMIT 1) WHERE id = '" + brand + "'");
        assertThat(purge.purge().block()).isGreaterThanOrEqualTo(2L);
        assertThat(count("SELECT count(*) FROM job_runs WHERE brand_id = '" + brand + "'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM job_runs r JOIN scheduled_jobs s ON s.last_run_id = r.id "
                        + "WHERE s.id = '" + brand + "'"))
                .isEqualTo(1);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO scheduler");
            statement.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO scheduler");
            ResultSet rows = statement.executeQuery(sql);
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private void awaitCount(String sql, long expected) throws Exception {
        Instant deadline = Instant.now().plusSeconds(15);
        long seen = -1;
        while (Instant.now().isBefore(deadline)) {
            seen = count(sql);
            if (seen == expected) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("expected " + expected + " from [" + sql + "] but saw " + seen);
    }

    /** The brand's schedule next runs after the test clock's now, at 06:00 in Los Angeles. */
    private void expectNextRunAtSixInLosAngeles(UUID brand) throws Exception {
        Instant next =
                Instant.parse(text("SELECT to_char(next_run_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
                        + " FROM scheduled_jobs WHERE brand_id = '" + brand + "'"));
        assertThat(next).isAfter(clock.instant());
        assertThat(next.atZone(java.time.ZoneId.of("America/Los_Angeles")).getHour())
                .isEqualTo(6);
    }
}
