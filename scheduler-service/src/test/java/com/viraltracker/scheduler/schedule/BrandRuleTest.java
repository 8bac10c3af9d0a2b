package com.viraltracker.scheduler.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.viraltracker.testing.Answers;
import com.viraltracker.testing.ServiceIntegrationTest;
import com.viraltracker.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A schedule's parameters may repeat its brand_id but never name another brand: over REST and over SQL alike. */
@ServiceIntegrationTest
@SuppressWarnings("unchecked")
class BrandRuleTest {
    @Autowired
    WebTestClient web;

    @Autowired
    TestDatabase database;

    @Test
    void a_schedule_whose_parameters_name_another_brand_is_a_400_naming_the_field_and_nothing_is_stored() {
        UUID brand = UUID.randomUUID();
        Answers.badRequestProblem(web.post()
                        .uri("/api/v1/jobs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(job(brand, Map.of("days_back", 7, "brand_id", UUID.randomUUID()))))
                .jsonPath("$.errors[*].field")
                .value(fields -> assertThat((List<Object>) fields).containsExactly("parameters.brand_id"))
                .jsonPath("$.errors[0].reason")
                .value(reason -> assertThat((String) reason).contains(brand.toString()));
        assertThat(count("SELECT count(*) FROM scheduled_jobs WHERE brand_id = '" + brand + "'"))
                .isZero();
    }

    @Test
    void a_change_that_makes_the_parameters_name_another_brand_is_a_400_and_the_schedule_keeps_its_parameters() {
        UUID brand = UUID.randomUUID();
        String id = Answers.created(
                        web.post()
                                .uri("/api/v1/jobs")
                                .contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(job(
                                        brand,
                                        Map.of(
                                                "days_back",
                                                7,
                                                "brand_id",
                                                brand.toString().toUpperCase(Locale.ROOT)))),
                        Map.class)
                .get("id")
                .toString();
        Answers.badRequestNaming(
                web.patch()
                        .uri("/api/v1/jobs/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("parameters", Map.of("days_back", 3, "brand_id", UUID.randomUUID()))),
                "parameters.brand_id");
        assertThat(text("SELECT parameters->>'days_back' FROM scheduled_jobs WHERE id = '" + id + "'"))
                .isEqualTo("7");
    }

    @Test
    void a_sql_insert_naming_another_brand_in_its_parameters_is_refused_by_a_named_check() {
        UUID brand = UUID.randomUUID();
        assertThatThrownBy(() -> execute(
                        "INSERT INTO scheduled_jobs (brand_id, name, job_type, cron_expression, next_run_at, parameters)"
                                + " VALUES ('" + brand + "', 'sync', 'meta_sync', '0 6 * * *', now(),"
                                + " '{\"days_back\": 7, \"brand_id\": \"" + UUID.randomUUID() + "\"}'::jsonb)"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("scheduled_jobs_parameters_brand_id_is_brand_id");
        assertThatThrownBy(() -> execute(
                        "INSERT INTO scheduled_jobs (brand_id, name, job_type, cron_expression, next_run_at, parameters)"
                                + " VALUES ('" + brand + "', 'sync', 'meta_sync', '0 6 * * *', now(),"
                                + " '{\"brand_id\": 42}'::jsonb)"))
                .hasMessageContaining("scheduled_jobs_parameters_brand_id_is_brand_id");
        assertThat(count("SELECT count(*) FROM scheduled_jobs WHERE brand_id = '" + brand + "'"))
                .isZero();
    }

    @Test
    void
            a_sql_insert_without_a_brand_in_its_parameters_or_repeating_its_own_is_stored_and_cannot_be_changed_to_another()
                    throws SQLException {
        UUID brand = UUID.randomUUID();
        // The seed's INSERTs, whose parameters hold no brand_id, run verbatim in DispatchTest under this rule.
        execute("INSERT INTO scheduled_jobs (brand_id, name, job_type, cron_expression, next_run_at, parameters)"
                + " VALUES ('" + brand + "', 'sync', 'meta_sync', '0 6 * * *', now() + interval '1 day',"
                + " '{\"days_back\": 7}')");
        execute("INSERT INTO scheduled_jobs (brand_id, name, job_type, cron_expression, next_run_at, parameters)"
                + " VALUES ('" + brand + "', 'card', 'scorecard', '0 9 * * 1', now() + interval '7 days',"
                + " '{\"brand_id\": null}')");
        execute("INSERT INTO scheduled_jobs (brand_id, name, job_type, cron_expression, next_run_at, parameters)"
                + " VALUES ('" + brand + "', 'own', 'scorecard', '0 9 * * 1', now() + interval '7 days',"
                + " '{\"brand_id\": \"" + brand.toString().toUpperCase(Locale.ROOT) + "\"}')");
        assertThat(count("SELECT count(*) FROM scheduled_jobs WHERE brand_id = '" + brand + "'"))
                .isEqualTo(3);
        assertThatThrownBy(() -> execute("UPDATE scheduled_jobs SET parameters = parameters || '{\"brand_id\": \""
                        + UUID.randomUUID() + "\"}' WHERE brand_id = '" + brand + "'"))
                .hasMessageContaining("scheduled_jobs_parameters_brand_id_is_brand_id");
    }

    @Test
    void a_sql_inserted_run_naming_another_brand_in_its_parameters_is_refused() {
        UUID brand = UUID.randomUUID();
        assertThatThrownBy(() -> execute(
                        "INSERT INTO job_runs (id, brand_id, job_type, scheduled_for, trigger, status, parameters) "
                                + "VALUES (gen_random_uuid(), '" + brand + "', 'scorecard', now(), 'manual', 'pending',"
                                + " '{\"brand_id\": \"" + UUID.randomUUID() + "\"}')"))
                .hasMessageContaining("job_runs_parameters_brand_id_is_brand_id");
    }

    private static Map<String, Object> job(UUID brand, Map<String, Object> parameters) {
        return Map.of(
                "brand_id",
                brand,
                "name",
                "Sync",
                "job_type",
                "meta_sync",
                "cron_expression",
                "@daily",
                "parameters",
                parameters);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO scheduler");
            statement.execute(sql);
        }
    }

    private long count(String sql) {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO scheduler");
            ResultSet rows = statement.executeQuery(sql);
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
