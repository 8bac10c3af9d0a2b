package com.viraltracker.scheduler.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.testing.ServiceIntegrationTest;
import com.viraltracker.testing.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every change a person makes is attributable to them: their token's sub, shown as created_by and updated_by. */
@ServiceIntegrationTest
class AttributionTest {
    @LocalServerPort
    int port;

    @Test
    void a_schedule_shows_who_created_it_and_who_changed_it_last() {
        UUID brand = UUID.randomUUID();
        Map<?, ?> created = call(
                "ada@wonderpaws.example",
                brand,
                HttpMethod.POST,
                "/api/v1/jobs",
                Map.of(
                        "brand_id", brand,
                        "name", "Daily Meta Ads Sync",
                        "job_type", "meta_sync",
                        "cron_expression", "0 6 * * *",
                        "parameters", Map.of("days_back", 7)));
        assertThat(created.get("created_by")).isEqualTo("ada@wonderpaws.example");
        assertThat(created.get("updated_by")).isEqualTo("ada@wonderpaws.example");
        String path = "/api/v1/jobs/" + created.get("id");

        Map<?, ?> renamed = call("grace", brand, HttpMethod.PATCH, path, Map.of("name", "Morning sync"));
        assertThat(List.of(renamed.get("created_by"), renamed.get("updated_by")))
                .containsExactly("ada@wonderpaws.example", "grace");
        Map<?, ?> paused = call("linus", brand, HttpMethod.POST, path + "/pause", null);
        assertThat(paused.get("updated_by")).isEqualTo("linus");
        Map<?, ?> resumed = call("margaret", brand, HttpMethod.POST, path + "/resume", null);
        assertThat(resumed.get("updated_by")).isEqualTo("margaret");
        assertThat(call("someone-else", brand, HttpMethod.GET, path, null).get("created_by"))
                .isEqualTo("ada@wonderpaws.example");
    }

    @Test
    void a_panel_shows_who_set_it_up_and_who_changed_it_last() {
        UUID brand = UUID.randomUUID();
        String panel = "/api/v1/brands/" + brand + "/scorecard-schedule";
        Map<?, ?> set = call("ada", brand, HttpMethod.PUT, panel, Map.of("day_of_week", "MONDAY", "hour", 9));
        assertThat(List.of(set.get("created_by"), set.get("updated_by"))).containsExactly("ada", "ada");
        Map<?, ?> changed = call("grace", brand, HttpMethod.PUT, panel, Map.of("day_of_week", "FRIDAY", "hour", 8));
        assertThat(changed.get("job_id")).isEqualTo(set.get("job_id"));
        assertThat(List.of(changed.get("created_by"), changed.get("updated_by")))
                .containsExactly("ada", "grace");
    }

    /** As an operator of the brand named {@code subject}. */
    private Map<?, ?> call(String subject, UUID brand, HttpMethod method, String path, Object body) {
        var request = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build()
                .method(method)
                .uri(path)
                .header(
                        HttpHeaders.AUTHORIZATION,
                        TestTokens.bearer(TestTokens.token(subject, "operator", List.of(brand))));
        return (body == null
                        ? request
                        : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body))
                .exchange()
                .expectStatus()
                .is2xxSuccessful()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }
}
