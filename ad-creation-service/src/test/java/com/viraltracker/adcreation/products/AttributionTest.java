package com.viraltracker.adcreation.products;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.adcreation.TestImages;
import com.viraltracker.testing.Answers;
import com.viraltracker.testing.PatientServiceTest;
import com.viraltracker.testing.TestTokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** A product shows who created it and who changed it (or its image) last: their token's sub. */
class AttributionTest extends PatientServiceTest {

    @Test
    void a_product_shows_who_created_it_and_who_changed_it_or_its_image_last() {
        UUID brand = UUID.randomUUID();
        Map<String, Object> body = Map.of("brand_id", brand.toString(), "name", "Glow Serum");
        Product created = Answers.created(
                web.post()
                        .uri("/api/v1/products")
                        .header(HttpHeaders.AUTHORIZATION, as("ada@wonderpaws.example", brand))
                        .bodyValue(body),
                Product.class);
        assertThat(List.of(created.createdBy(), created.updatedBy()))
                .containsExactly("ada@wonderpaws.example", "ada@wonderpaws.example");

        Product replaced = Answers.ok(
                web.put()
                        .uri("/api/v1/products/{id}", created.id())
                        .header(HttpHeaders.AUTHORIZATION, as("grace", brand))
                        .bodyValue(Map.of("brand_id", brand.toString(), "name", "Glow Serum 2")),
                Product.class);
        assertThat(List.of(replaced.createdBy(), replaced.updatedBy()))
                .containsExactly("ada@wonderpaws.example", "grace");

        Answers.okJson(web.put()
                        .uri("/api/v1/products/{id}/image", created.id())
                        .header(HttpHeaders.AUTHORIZATION, as("linus", brand))
                        .contentType(MediaType.IMAGE_PNG)
                        .bodyValue(TestImages.png(TestImages.bottle(640, 480, false))))
                .jsonPath("$.created_by")
                .isEqualTo("ada@wonderpaws.example")
                .jsonPath("$.updated_by")
                .isEqualTo("linus");
    }

    private static String as(String subject, UUID brand) {
        return TestTokens.bearer(TestTokens.token(subject, "operator", List.of(brand)));
    }
}
