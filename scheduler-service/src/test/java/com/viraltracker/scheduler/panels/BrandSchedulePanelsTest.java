package com.viraltracker.scheduler.panels;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.testing.Answers;
import com.viraltracker.testing.ServiceIntegrationTest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIntegrationTest
@SuppressWarnings("unchecked")
class BrandSchedulePanelsTest {
    @Autowired
    WebTestClient web;

    @Test
    void enabling_daily_sync_creates_one_meta_sync_job_at_the_chosen_pacific_hour() {
        UUID brand = UUID.randomUUID();
        expectNoDailySync(brand);
        Map<?, ?> shown = put(brand, "meta-sync-schedule", Map.of("hour", 6, "days_back", 14));
        assertThat(shown.get("cron_expression")).isEqualTo("0 6 * * *");
        assertThat(shown.get("timezone")).isEqualTo("America/Los_Angeles");
        assertThat(shown.get("hour")).isEqualTo(6);
        assertThat(((Map<String, Object>) shown.get("parameters")).get("days_back"))
                .isEqualTo(14);
        Instant next = Instant.parse((String) shown.get("next_run_at"));
        assertThat(next.atZone(ZoneId.of("America/Los_Angeles")).getHour()).isEqualTo(6);

        // Changing the hour edits the same job rather than adding a second one.
        Map<?, ?> changed = put(brand, "meta-sync-schedule", Map.of("hour", 22, "days_back", 3));
        assertThat(changed.get("job_id")).isEqualTo(shown.get("job_id"));
        assertThat(changed.get("cron_expression")).isEqualTo("0 22 * * *");
        web.get()
                .uri("/api/v1/jobs?brand_id={brand}", brand)
                .exchange()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1);

        web.delete()
                .uri("/api/v1/brands/{brand}/meta-sync-schedule", brand)
                .exchange()
                .expectStatus()
                .isNoContent();
        expectNoDailySync(brand);
    }

    @Test
    void a_one_time_sync_of_the_brand_is_not_its_daily_sync() {
        UUID brand = UUID.randomUUID();
        createJob(Map.of(
                "brand_id",
                brand.toString(),
                "name",
                "Initial backfill",
                "job_type",
                "meta_sync",
                "schedule_type",
                "one_time",
                "run_at",
                Instant.now().plusSeconds(3600).toString(),
                "parameters",
                Map.of("days_back", 30)));
        expectNoDailySync(brand);

        Map<?, ?> daily = put(brand, "meta-sync-schedule", Map.of("hour", 6, "days_back", 7));

        assertThat(daily.get("cron_expression")).isEqualTo("0 6 * * *");
        web.get()
                .uri("/api/v1/jobs?brand_id={brand}&job_type=meta_sync", brand)
                .exchange()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(2);
    }

    @Test
    void the_sync_panel_offers_only_its_choices() {
        web.put()
                .uri("/api/v1/brands/{brand}/meta-sync-schedule", UUID.randomUUID())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("hour", 24, "days_back", 5, "timezone", "PST8PDT-nope"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .value(fields ->
                        assertThat((List<Object>) fields).containsExactlyInAnyOrder("hour", "days_back", "timezone"));
    }

    @Test
    void a_weekly_scorecard_runs_on_the_chosen_day_and_keeps_its_email() {
        UUID brand = UUID.randomUUID();
        Map<?, ?> shown = put(
                brand,
                "scorecard-schedule",
                Map.of(
                        "day_of_week",
                        "MONDAY",
                        "hour",
                        9,
                        "min_spend",
                        25.5,
                        "export_email",
                        "marketing@wonderpaws.example"));
        assertThat(shown.get("cron_expression")).isEqualTo("0 9 * * 1");
        assertThat(shown.get("day_of_week")).isEqualTo("MONDAY");
        Map<String, Object> parameters = (Map<String, Object>) shown.get("parameters");
        assertThat(parameters).containsEntry("export_email", "marketing@wonderpaws.example");
        Instant next = Instant.parse((String) shown.get("next_run_at"));
        assertThat(next.atZone(ZoneId.of("America/Los_Angeles")).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);

        Answers.badRequestNaming(
                web.put()
                        .uri("/api/v1/brands/{brand}/scorecard-schedule", brand)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("day_of_week", "FUNDAY", "export_email", "nope")),
                "day_of_week");
        Answers.badRequestNaming(
                web.put()
                        .uri("/api/v1/brands/{brand}/scorecard-schedule", brand)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("day_of_week", "FRIDAY", "export_email", "nope")),
                "parameters.export_email");
    }

    @Test
    void a_schedule_inserted_by_sql_with_another_shape_still_shows() {
        UUID brand = UUID.randomUUID();
        createJob(Map.of(
                "brand_id", brand, "name", "twice a day", "job_type", "meta_sync", "cron_expression", "0 6,18 * * *"));
        Answers.okJson(web.get().uri("/api/v1/brands/{brand}/meta-sync-schedule", brand))
                .jsonPath("$.cron_expression")
                .isEqualTo("0 6,18 * * *")
                .jsonPath("$.hour")
                .doesNotExist();
    }

    private Map<?, ?> put(UUID brand, String panel, Map<String, Object> body) {
        return Answers.ok(
                web.put()
                        .uri("/api/v1/brands/{brand}/" + panel, brand)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body),
                Map.class);
    }

    private void createJob(Map<String, Object> body) {
        web.post()
                .uri("/api/v1/jobs")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated();
    }

    /** The brand has no daily sync: its panel answers 404. */
    private void expectNoDailySync(UUID brand) {
        web.get()
                .uri("/api/v1/brands/{brand}/meta-sync-schedule", brand)
                .exchange()
                .expectStatus()
                .isNotFound();
    }
}
