package com.viraltracker.adcreation.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.serde.EventJson;
import com.viraltracker.testing.ServiceIntegrationTest;
import com.viraltracker.testing.UnstorableJson;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A template with input PostgreSQL cannot store is a 400 naming the field, and is not stored. */
@ServiceIntegrationTest
class UnstorableInputTest {
    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient database;

    @Test
    void text_or_numbers_postgresql_cannot_store_in_a_template_are_a_400_naming_the_field_and_store_nothing() {
        String name = "Unstorable " + UUID.randomUUID();
        Map<String, Object> template = EventJson.toMap(new TemplateInput(name, 1200, 800, TemplateApiTest.layout()));
        for (String text : UnstorableJson.TEXTS) {
            for (String field : List.of("name", "layout.palette.background", "layout.headline.align")) {
                UnstorableJson.assertRefused(
                        web,
                        HttpMethod.POST,
                        "/api/v1/templates",
                        UnstorableJson.replacing(template, field, text),
                        field);
            }
        }
        UnstorableJson.assertRefused(
                web,
                HttpMethod.POST,
                "/api/v1/templates",
                UnstorableJson.replacing(template, "layout.decor[0].tint", UnstorableJson.BEYOND_DOUBLE),
                "layout.decor[0].tint");
        assertThat(database.sql("SELECT count(*) AS n FROM templates WHERE name LIKE 'Unstorable%'")
                        .map(row -> row.get("n", Long.class))
                        .one()
                        .block())
                .isZero();
    }
}
