package com.viraltracker.faultsuite.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BadInputTest {
    private static final Endpoint PATCH_JOB = new Endpoint(
            "scheduler-service", "PATCH", "/api/v1/jobs/{id}", List.of("id"), List.of(), "application/json", List.of());
    private static final Map<String, Object> VALID = Map.of(
            "name",
            "renamed",
            "run_at",
            "2031-01-01T06:00:00Z",
            "parameters",
            Map.of("days_back", 3, "tags", List.of("a")),
            "paused",
            true);

    @Test
    void sends_every_field_of_a_valid_body_each_value_postgresql_cannot_store_that_fits_it() {
        var input = new BadInput(FuzzScenario.SEED, List.of(), Map.of("PATCH /api/v1/jobs/{id}", VALID));
        List<String> bodies = input.unstorable(PATCH_JOB, Map.of("jobs/{id}", "job-1")).stream()
                .peek(request -> assertThat(request.pathAndQuery()).isEqualTo("/api/v1/jobs/job-1"))
                .map(request -> new String(request.body(), StandardCharsets.UTF_8))
                .toList();
        // name and parameters.tags[0]: 3 texts each; parameters.days_back: 3 numbers; runAt: 2 instants.
        assertThat(bodies).hasSize(3 + 3 + 3 + 2);
        assertThat(bodies)
                .anyMatch(body -> body.contains("\"name\":\"Daily\\u0000Sync\""))
                .anyMatch(body -> body.contains("\"tags\":[\"lone \\ud83d high\"]"))
                .anyMatch(body -> body.contains("\"days_back\":1e400"))
                .anyMatch(body -> body.contains("\"days_back\":1e999999999"))
                .anyMatch(body -> body.contains("\"run_at\":\"+300000-01-01T00:00:00Z\""))
                .allMatch(body -> body.contains("\"paused\":true"));
    }

    @Test
    void an_endpoint_without_a_valid_body_gets_no_such_requests() {
        var input = new BadInput(FuzzScenario.SEED, List.of(), Map.of());
        assertThat(input.unstorable(PATCH_JOB, Map.of())).isEmpty();
    }

    @Test
    void the_random_cases_include_values_postgresql_cannot_store() {
        var input = new BadInput(FuzzScenario.SEED, List.of("id"), Map.of("PATCH /api/v1/jobs/{id}", VALID));
        List<String> bodies = java.util.stream.IntStream.range(0, 400)
                .mapToObj(i -> new String(input.next(PATCH_JOB).body(), StandardCharsets.UTF_8))
                .toList();
        assertThat(bodies)
                .anyMatch(body -> body.contains("\\u0000"))
                .anyMatch(body -> body.contains("\\ud83d high"))
                .anyMatch(body -> body.contains("1e999999999"))
                .anyMatch(body -> body.contains("+300000-01-01"));
    }
}
