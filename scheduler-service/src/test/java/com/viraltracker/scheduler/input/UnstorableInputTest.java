package com.viraltracker.scheduler.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.scheduler.TestJobs;
import com.viraltracker.testing.Answers;
import com.viraltracker.testing.PatientServiceTest;
import com.viraltracker.testing.UnstorableJson;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

/** Input that parses but that PostgreSQL cannot store is a 400 naming the field, and stores nothing. */
class UnstorableInputTest extends PatientServiceTest {

    @Autowired
    DatabaseClient database;

    @Test
    void text_postgresql_cannot_store_in_any_field_of_a_new_schedule_is_a_400_and_stores_nothing() {
        UUID brand = UUID.randomUUID();
        for (String field : List.of(
                "name",
                "job_type",
                "schedule_type",
                "cron_expression",
                "timezone",
                "parameters.days_back",
                "parameters.note",
                "parameters.tags[1]")) {
            for (String text : UnstorableJson.TEXTS) {
                refused(HttpMethod.POST, "/api/v1/jobs", UnstorableJson.replacing(job(brand), field, text), field);
            }
        }
        assertThat(schedulesOf(brand)).isZero();
    }

    @Test
    void numbers_beyond_a_double_or_numeric_and_run_times_beyond_timestamptz_are_a_400_and_store_nothing() {
        UUID brand = UUID.randomUUID();
        for (String number : UnstorableJson.NUMBERS) {
            for (String field : List.of("parameters.days_back", "parameters.weight")) {
                refused(HttpMethod.POST, "/api/v1/jobs", UnstorableJson.replacing(job(brand), field, number), field);
            }
        }
        Map<String, Object> oneTime =
                Map.of("brand_id", brand, "name", "Once", "job_type", "meta_sync", "run_at", "2030-01-01T06:00:00Z");
        for (String instant : UnstorableJson.INSTANTS) {
            refused(HttpMethod.POST, "/api/v1/jobs", UnstorableJson.replacing(oneTime, "run_at", instant), "run_at");
        }
        assertThat(schedulesOf(brand)).isZero();
    }

    @Test
    void a_change_with_such_text_is_a_400_and_leaves_the_schedule_as_it_was() {
        UUID brand = UUID.randomUUID();
        Map<?, ?> created = Answers.created(
                web.post()
                        .uri("/api/v1/jobs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(job(brand)),
                Map.class);
        String path = "/api/v1/jobs/" + created.get("id");
        for (String text : UnstorableJson.TEXTS) {
            refused(HttpMethod.PATCH, path, UnstorableJson.replacing(Map.of(), "name", text), "name");
            refused(
                    HttpMethod.PATCH,
                    path,
                    UnstorableJson.replacing(Map.of(), "parameters.note", text),
                    "parameters.note");
        }
        web.get().uri(path).exchange().expectBody().jsonPath("$.name").isEqualTo("Daily Meta Ads Sync");
        assertThat(schedulesOf(brand)).isOne();
    }

    @Test
    void the_panels_refuse_it_too() {
        UUID brand = UUID.randomUUID();
        String sync = "/api/v1/brands/" + brand + "/meta-sync-schedule";
        String scorecard = "/api/v1/brands/" + brand + "/scorecard-schedule";
        Map<String, Object> weekly = Map.of(
                "day_of_week",
                "MONDAY",
                "hour",
                9,
                "timezone",
                "UTC",
                "min_spend",
                10.0,
                "export_email",
                "a@example.com");
        for (String text : UnstorableJson.TEXTS) {
            refused(HttpMethod.PUT, sync, UnstorableJson.replacing(Map.of("hour", 6), "timezone", text), "timezone");
            for (String field : List.of("day_of_week", "timezone", "export_email")) {
                refused(HttpMethod.PUT, scorecard, UnstorableJson.replacing(weekly, field, text), field);
            }
        }
        // A decimal field takes 1e400 (and its range check refuses it); only one beyond numeric is unstorable.
        refused(
                HttpMethod.PUT,
                scorecard,
                UnstorableJson.replacing(weekly, "min_spend", UnstorableJson.BEYOND_NUMERIC),
                "min_spend");
        assertThat(schedulesOf(brand)).isZero();
    }

    private static Map<String, Object> job(UUID brand) {
        return TestJobs.dailyMetaSync(
                brand,
                "schedule_type",
                "recurring",
                "timezone",
                "UTC",
                "parameters",
                Map.of("days_back", 7, "tags", List.of("a", "b")));
    }

    private void refused(HttpMethod method, String path, String json, String field) {
        UnstorableJson.assertRefused(web, method, path, json, field);
    }

    private long schedulesOf(UUID brand) {
        return database.sql("SELECT count(*) AS n FROM scheduled_jobs WHERE brand_id = :brand")
                .bind("brand", brand)
                .map(row -> row.get("n", Long.class))
                .one()
                .block();
    }
}
