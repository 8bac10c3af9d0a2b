package com.viraltracker.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.testing.Answers;
import com.viraltracker.testing.PatientServiceTest;
import com.viraltracker.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A scheduler test that answers as the workers do, with results on the results topic, and reads the runs back through
 * the API and the database; each test class works on a brand of its own.
 */
public abstract class WorkerResultsTestBase extends PatientServiceTest {
    @Autowired
    protected TestDatabase database;

    @Autowired
    @Qualifier("eventKafkaTemplate")
    protected KafkaTemplate<String, Object> events;

    protected final UUID brand = UUID.randomUUID();

    /** A schedule as the seed's SQL makes one, due tomorrow: its runs in a test are manual ones. */
    protected UUID schedule(UUID brandId, String name, String jobType, String parameters) {
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO scheduler.scheduled_jobs (brand_id, name, job_type, schedule_type, cron_expression,
                                                              next_run_at, parameters)
                        VALUES (?, ?, ?, 'recurring', '0 6 * * *', now() + interval '1 day', ?::jsonb)
                        RETURNING id""")) {
            insert.setObject(1, brandId);
            insert.setString(2, name);
            insert.setString(3, jobType);
            insert.setString(4, parameters);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** A run of the schedule as the dispatcher leaves it once published: dispatched at the time, at the attempt. */
    protected UUID dispatchedRun(UUID job, Instant dispatchedAt, int attempt) {
        UUID run = UUID.randomUUID();
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO scheduler.job_runs (id, job_id, brand_id, job_type, scheduled_for, trigger, status,
                                                        attempt, dispatched_at)
                        SELECT ?, id, brand_id, job_type, ?, 'manual', 'dispatched', ?, ?
                          FROM scheduler.scheduled_jobs WHERE id = ?""")) {
            insert.setObject(1, run);
            insert.setTimestamp(2, Timestamp.from(dispatchedAt));
            insert.setInt(3, attempt);
            insert.setTimestamp(4, Timestamp.from(dispatchedAt));
            insert.setObject(5, job);
            assertThat(insert.executeUpdate()).as("the schedule exists").isOne();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return run;
    }

    /** Runs the schedule now, as an operator does; returns the new run's id. */
    @SuppressWarnings("unchecked")
    protected UUID runNow(UUID job) {
        Map<String, Object> run = Answers.accepted(web.post().uri("/api/v1/jobs/{id}/run", job), Map.class);
        return UUID.fromString((String) run.get("id"));
    }

    /** The run as GET /api/v1/runs/{id} answers it. */
    @SuppressWarnings("unchecked")
    protected Map<String, Object> runView(UUID run) {
        return get("/api/v1/runs/{id}", run);
    }

    /** The schedule as GET /api/v1/jobs/{id} answers it. */
    @SuppressWarnings("unchecked")
    protected Map<String, Object> scheduleView(UUID job) {
        return get("/api/v1/jobs/{id}", job);
    }

    /** The run as the brand's run history lists it. */
    @SuppressWarnings("unchecked")
    protected Map<String, Object> historyItem(UUID run) {
        return ((List<Map<String, Object>>)
                        get("/api/v1/brands/{brand}/runs", brand).get("items"))
                .stream()
                        .filter(item -> run.toString().equals(item.get("run_id")))
                        .findFirst()
                        .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> get(String uri, Object id) {
        return web.get()
                .uri(uri, id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }
}
