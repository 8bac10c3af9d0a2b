package com.viraltracker.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.viraltracker.testing.Answers;
import com.viraltracker.testing.PatientServiceTest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

class StorableInputTest extends PatientServiceTest {
    /** A valid note, field by field, as raw JSON (so a test can put escapes no Java string would survive). */
    static final Map<String, String> VALID = new LinkedHashMap<>();

    static {
        VALID.put("name", "\"Note\"");
        VALID.put("tags", "[\"calm\", \"soft\"]");
        VALID.put("parameters", "{\"days_back\": 7, \"nested\": {\"list\": [\"x\"]}}");
        VALID.put("price", "9.99");
        VALID.put("ratio", "0.5");
        VALID.put("at", "\"2026-01-01T06:00:00Z\"");
        VALID.put("day", "\"2026-01-01\"");
        VALID.put("detail", "{\"text\": \"top\", \"children\": [{\"text\": \"child\"}]}");
    }

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    @Test
    void a_valid_note_is_stored() {
        long before = storedNotes();
        post(body(Map.of())).expectStatus().isOk();
        assertThat(storedNotes()).isEqualTo(before + 1);
    }

    @Test
    void text_postgresql_cannot_store_is_a_400_naming_the_field_wherever_it_is_in_the_body() {
        Map<String, Map<String, String>> cases = new LinkedHashMap<>();
        cases.put("name", Map.of("name", "\"a\\u0000b\""));
        cases.put("name ", Map.of("name", "\"lone \\ud800 high\""));
        cases.put("name  ", Map.of("name", "\"lone \\udc00 low\""));
        cases.put("tags[1]", Map.of("tags", "[\"calm\", \"so\\u0000ft\"]"));
        cases.put("parameters.nested.list[1]", Map.of("parameters", "{\"nested\": {\"list\": [\"x\", \"\\u0000\"]}}"));
        cases.put("parameters.note", Map.of("parameters", "{\"note\": \"\\udfff\"}"));
        cases.put("parameters.nested", Map.of("parameters", "{\"nested\": {\"a\\u0000b\": 1}}"));
        cases.put("parameters", Map.of("parameters", "{\"a\\u0000\": 1}"));
        cases.put("detail.children[0].text", Map.of("detail", "{\"children\": [{\"text\": \"\\u0000\"}]}"));
        assertRefused(cases);
    }

    @Test
    void a_lone_surrogate_in_a_key_is_refused_by_the_json_parser_itself() {
        long before = storedNotes();
        post(body(Map.of("parameters", "{\"\\ud83d\": 1}")))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("body");
        assertThat(storedNotes()).isEqualTo(before);
    }

    @Test
    void numbers_and_dates_beyond_what_the_columns_hold_are_a_400_naming_the_field() {
        Map<String, Map<String, String>> cases = new LinkedHashMap<>();
        cases.put("ratio", Map.of("ratio", "1e400"));
        cases.put("parameters.days_back", Map.of("parameters", "{\"days_back\": -1e999}"));
        cases.put("price", Map.of("price", "1e999999999"));
        cases.put("price ", Map.of("price", "1e-999999"));
        cases.put("at", Map.of("at", "\"+300000-01-01T00:00:00Z\""));
        cases.put("at ", Map.of("at", "\"-4714-01-01T00:00:00Z\""));
        cases.put("day", Map.of("day", "\"+10000-01-01\""));
        assertRefused(cases);
    }

    @Test
    void paired_surrogates_and_other_unusual_text_are_stored_as_sent() {
        String emoji = "pup \uD83D\uDC36 \uFFFD \u0001 \u200B";
        post(body(Map.of("name", "\"pup \\ud83d\\udc36 \\ufffd \\u0001 \\u200b\"")))
                .expectStatus()
                .isOk();
        assertThat(database.sql("SELECT count(*) AS n FROM stored_notes WHERE name = :name")
                        .bind("name", emoji)
                        .map(row -> row.get("n", Long.class))
                        .one()
                        .block())
                .isPositive();
    }

    @Test
    void a_query_parameter_with_nul_is_a_400_naming_it() {
        long before = storedNotes();
        web.put()
                .uri(URI.create("http://localhost:" + port + "/api/v1/labels/fine?tag=a%00b"))
                .header("X-Note", "fine")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("tag")
                .jsonPath("$.errors[0].reason")
                .value(reason -> assertThat((String) reason).contains("U+0000"));
        web.put()
                .uri("/api/v1/labels/fine?tag=fine")
                .header("X-Note", "fine")
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(storedNotes()).isEqualTo(before + 1);
    }

    @Test
    void a_path_with_nul_is_a_400_problem_before_any_controller() {
        long before = storedNotes();
        Answers.badRequestNaming(
                web.put()
                        .uri(URI.create("http://localhost:" + port + "/api/v1/labels/a%00b?tag=fine"))
                        .header("X-Note", "fine"),
                "path");
        assertThat(storedNotes()).isEqualTo(before);
    }

    /** Why the check exists: without it, PostgreSQL refuses NUL (a 500) and writes '?' for a lone surrogate. */
    @Test
    void postgresql_refuses_nul_and_mangles_a_lone_surrogate() {
        assertThatThrownBy(() -> database.sql("SELECT CAST(:text AS text) AS t")
                        .bind("text", "a\u0000b")
                        .map(row -> row.get("t", String.class))
                        .one()
                        .block())
                .rootCause()
                .hasMessageContaining("0x00");
        assertThat(database.sql("SELECT CAST(:text AS text) AS t")
                        .bind("text", "a\uD800b")
                        .map(row -> row.get("t", String.class))
                        .one()
                        .block())
                .isEqualTo("a?b");
    }

    /** Each case: the field the problem must name (trailing spaces keep keys apart) and the fields to replace. */
    private void assertRefused(Map<String, Map<String, String>> cases) {
        cases.forEach((field, replaced) -> {
            long before = storedNotes();
            post(body(replaced))
                    .expectStatus()
                    .value(status -> assertThat(status).as(field).isEqualTo(400))
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.errors[*].field")
                    .value(fields -> assertThat((List<Object>) fields).as(field).containsExactly(field.trim()));
            assertThat(storedNotes()).as(field).isEqualTo(before);
        });
    }

    private WebTestClient.ResponseSpec post(String json) {
        return web.post()
                .uri("/api/v1/notes")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange();
    }

    private static String body(Map<String, String> replaced) {
        Map<String, String> fields = new LinkedHashMap<>(VALID);
        fields.putAll(replaced);
        return fields.entrySet().stream()
                .map(field -> "\"" + field.getKey() + "\": " + field.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private long storedNotes() {
        return database.sql("SELECT count(*) AS n FROM stored_notes")
                .map(row -> row.get("n", Long.class))
                .one()
                .block();
    }
}
