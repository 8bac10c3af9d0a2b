package com.viraltracker.adcreation.products;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.testing.Answers;
import com.viraltracker.testing.PatientServiceTest;
import com.viraltracker.testing.UnstorableJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.r2dbc.core.DatabaseClient;

/** Input that parses but that PostgreSQL cannot store is a 400 naming the field, and stores nothing. */
class UnstorableInputTest extends PatientServiceTest {
    private static final List<String> PRODUCT_TEXT_FIELDS =
            List.of("name", "description", "benefits[1]", "currency", "offer", "brand_colors[0]");

    @Autowired
    DatabaseClient database;

    @Test
    void text_postgresql_cannot_store_in_a_new_product_is_a_400_naming_the_field_and_stores_nothing() {
        UUID brand = UUID.randomUUID();
        for (String field : PRODUCT_TEXT_FIELDS) {
            for (String text : UnstorableJson.TEXTS) {
                refused(
                        HttpMethod.POST,
                        "/api/v1/products",
                        UnstorableJson.replacing(product(brand), field, text),
                        field);
            }
        }
        refused(
                HttpMethod.POST,
                "/api/v1/products",
                UnstorableJson.replacing(product(brand), "price", UnstorableJson.BEYOND_NUMERIC),
                "price");
        assertThat(count("SELECT count(*) AS n FROM products WHERE brand_id = :value", brand))
                .isZero();
    }

    @Test
    void a_replacement_with_such_text_is_a_400_and_leaves_the_product_as_it_was() {
        UUID brand = UUID.randomUUID();
        Map<?, ?> created = Answers.created(web.post().uri("/api/v1/products").bodyValue(product(brand)), Map.class);
        String path = "/api/v1/products/" + created.get("id");
        for (String field : PRODUCT_TEXT_FIELDS) {
            refused(HttpMethod.PUT, path, UnstorableJson.replacing(product(brand), field, UnstorableJson.NUL), field);
        }
        web.get().uri(path).exchange().expectBody().jsonPath("$.name").isEqualTo("Glow Serum");
    }

    /** The API test's product, with a currency to break too. */
    private static Map<String, Object> product(UUID brand) {
        Map<String, Object> product = new LinkedHashMap<>(ProductApiTest.serum(brand));
        product.put("currency", "EUR");
        return product;
    }

    private void refused(HttpMethod method, String path, String json, String field) {
        UnstorableJson.assertRefused(web, method, path, json, field);
    }

    /** The rows counted by {@code sql}, whose one parameter is {@code :value}. */
    private long count(String sql, Object value) {
        return database.sql(sql)
                .bind("value", value)
                .map(row -> row.get("n", Long.class))
                .one()
                .block();
    }
}
