package com.viraltracker.scheduler.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.testing.Answers;
import com.viraltracker.testing.BrandScopingTestBase;
import com.viraltracker.testing.CrossBrandWalk;
import com.viraltracker.testing.TestTokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Brands are tenants: brand A's callers neither see nor change brand B's schedules, panels or runs. */
@SuppressWarnings("unchecked")
class BrandScopingTest extends BrandScopingTestBase {

    @Test
    void every_endpoint_answers_404_to_another_brands_operator() {
        UUID brandA = UUID.randomUUID();
        UUID brandB = UUID.randomUUID();
        String jobOfB = (String) createJob(brandB, "B's sync").get("id");
        Map<String, Object> runOfB = Answers.accepted(admin.post().uri("/api/v1/jobs/{id}/run", jobOfB), Map.class);
        admin.put()
                .uri("/api/v1/brands/{b}/meta-sync-schedule", brandB)
                .bodyValue(Map.of("hour", 6, "days_back", 7))
                .exchange()
                .expectStatus()
                .isOk();
        admin.put()
                .uri("/api/v1/brands/{b}/scorecard-schedule", brandB)
                .bodyValue(Map.of("hour", 9))
                .exchange()
                .expectStatus()
                .isOk();
        Map<String, Object> before = Answers.ok(admin.get().uri("/api/v1/jobs/{id}", jobOfB), Map.class);

        List<String> walked = new CrossBrandWalk(port, brandB)
                .id("jobs/{id}", jobOfB)
                .id("jobs/{jobId}", jobOfB)
                .id("runs/{id}", runOfB.get("id"))
                .body("POST /api/v1/jobs", MediaType.APPLICATION_JSON, jobBody(brandB, "A's try"))
                .body("PATCH /api/v1/jobs/{id}", MediaType.APPLICATION_JSON, Map.of("name", "taken over"))
                .body(
                        "PUT /api/v1/brands/{brandId}/meta-sync-schedule",
                        MediaType.APPLICATION_JSON,
                        Map.of("hour", 7, "days_back", 3))
                .body(
                        "PUT /api/v1/brands/{brandId}/scorecard-schedule",
                        MediaType.APPLICATION_JSON,
                        Map.of("hour", 10, "export_email", "a@brand-a.example"))
                .walk(TestTokens.operator(brandA), TestTokens.viewer(brandB));

        assertThat(walked)
                .contains(
                        "POST /api/v1/jobs/{id}/run",
                        "GET /api/v1/runs/{id}",
                        "DELETE /api/v1/brands/{brandId}/scorecard-schedule",
                        "GET /api/v1/brands/{brandId}/runs",
                        "POST /api/v1/runs/{id}/rerun");
        // Nothing A sent changed B's schedule (the panel PUT above adopted it, hence compared with a snapshot).
        Map<String, Object> after = Answers.ok(admin.get().uri("/api/v1/jobs/{id}", jobOfB), Map.class);
        assertThat(after).isEqualTo(before);
        assertThat(after).containsEntry("status", "active");
    }

    @Test
    void a_listing_without_a_brand_filter_holds_only_the_callers_brands_counted_in_sql() {
        UUID brandA = UUID.randomUUID();
        UUID brandB = UUID.randomUUID();
        createJob(brandA, "A's sync");
        createJob(brandB, "B's sync");
        Map<String, Object> page = Answers.ok(
                client().get()
                        .uri("/api/v1/jobs?size=200")
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.viewer(brandA))),
                Map.class);
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertThat(items).extracting(item -> item.get("brand_id")).containsOnly(brandA.toString());
        assertThat(items).extracting(item -> item.get("name")).containsExactly("A's sync");
        assertThat(page.get("total")).isEqualTo(1);
    }

    @Test
    void a_viewer_reads_its_brands_schedules_but_may_not_change_or_run_them() {
        UUID brand = UUID.randomUUID();
        String job = (String) createJob(brand, "sync").get("id");
        String viewer = TestTokens.bearer(TestTokens.viewer(brand));
        client().get()
                .uri("/api/v1/jobs/{id}", job)
                .header(HttpHeaders.AUTHORIZATION, viewer)
                .exchange()
                .expectStatus()
                .isOk();
        client().post()
                .uri("/api/v1/jobs/{id}/run", job)
                .header(HttpHeaders.AUTHORIZATION, viewer)
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client().post()
                .uri("/api/v1/jobs")
                .header(HttpHeaders.AUTHORIZATION, viewer)
                .bodyValue(jobBody(brand, "another"))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void an_operator_runs_its_own_brands_job() {
        UUID brand = UUID.randomUUID();
        String job = (String) createJob(brand, "sync").get("id");
        client().post()
                .uri("/api/v1/jobs/{id}/run", job)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.operator(brand)))
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody()
                .jsonPath("$.brand_id")
                .isEqualTo(brand.toString());
    }

    @Test
    void export_addresses_that_could_inject_headers_or_reach_a_literal_host_are_400s_naming_the_field() {
        UUID brand = UUID.randomUUID();
        for (String address : List.of(
                "ops@brand.example\r\nBcc: everyone@elsewhere.example",
                "ops@[127.0.0.1]",
                "ops@localhost",
                "Ops <ops@brand.example>",
                "ops@brand.example, other@elsewhere.example")) {
            Answers.badRequestNaming(
                    client().put()
                            .uri("/api/v1/brands/{b}/scorecard-schedule", brand)
                            .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.operator(brand)))
                            .bodyValue(Map.of("hour", 9, "export_email", address)),
                    "parameters.export_email");
        }
    }

    private Map<String, Object> createJob(UUID brand, String name) {
        return Answers.created(admin.post().uri("/api/v1/jobs").bodyValue(jobBody(brand, name)), Map.class);
    }

    private static Map<String, Object> jobBody(UUID brand, String name) {
        return Map.of(
                "brand_id",
                brand,
                "name",
                name,
                "job_type",
                "meta_sync",
                "cron_expression",
                "0 6 * * *",
                "parameters",
                Map.of("days_back", 7));
    }
}
