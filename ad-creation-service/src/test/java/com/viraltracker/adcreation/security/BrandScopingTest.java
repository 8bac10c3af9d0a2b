package com.viraltracker.adcreation.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.adcreation.AdCreationApi;
import com.viraltracker.adcreation.TestImages;
import com.viraltracker.adcreation.ads.GeneratedAd;
import com.viraltracker.adcreation.ads.GeneratedAdRepository;
import com.viraltracker.adcreation.generation.AdCreationJobHandler;
import com.viraltracker.adcreation.products.Product;
import com.viraltracker.events.parameters.AdCreationParameters;
import com.viraltracker.events.parameters.ColorMode;
import com.viraltracker.events.parameters.TemplateMode;
import com.viraltracker.events.request.AdCreationRequested;
import com.viraltracker.testing.Answers;
import com.viraltracker.testing.BrandScopingTestBase;
import com.viraltracker.testing.CrossBrandWalk;
import com.viraltracker.testing.TestTokens;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Brand A's callers neither see nor change brand B's products, images or generated ads; the template library is
 * shared: anyone reads it, only an admin changes it.
 */
@SuppressWarnings("unchecked")
class BrandScopingTest extends BrandScopingTestBase {

    @Autowired
    AdCreationJobHandler handler;

    @Autowired
    GeneratedAdRepository ads;

    @Test
    void every_endpoint_answers_404_to_another_brands_operator_and_the_shared_library_is_admin_only() {
        UUID brandA = UUID.randomUUID();
        UUID brandB = UUID.randomUUID();
        Product productOfB = productWithImage(brandB);
        UUID runOfB = UUID.randomUUID();
        handler.handle(new AdCreationRequested(
                runOfB,
                null,
                brandB,
                Instant.parse("2026-01-05T06:00:00Z"),
                1,
                new AdCreationParameters(productOfB.id(), TemplateMode.RANDOM, 1, ColorMode.ORIGINAL, List.of())));
        GeneratedAd adOfB = ads.findByRun(runOfB).blockFirst();
        Map<String, Object> template = admin.get()
                .uri("/api/v1/templates")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBodyList(Map.class)
                .returnResult()
                .getResponseBody()
                .get(0);
        Map<String, Object> templateBody = new HashMap<>(template);
        templateBody.keySet().retainAll(List.of("name", "width", "height", "layout"));
        templateBody.put("name", "A's copy " + UUID.randomUUID());

        List<String> walked = new CrossBrandWalk(port, brandB)
                .id("products/{id}", productOfB.id())
                .id("products/{productId}", productOfB.id())
                .id("ads/{id}", adOfB.id())
                .id("templates/{id}", template.get("id"))
                .body("POST /api/v1/products", MediaType.APPLICATION_JSON, productBody(brandB))
                .body("PUT /api/v1/products/{id}", MediaType.APPLICATION_JSON, productBody(brandA))
                .body(
                        "PUT /api/v1/products/{id}/image",
                        MediaType.IMAGE_PNG,
                        TestImages.png(TestImages.bottle(60, 80, false)))
                .body("POST /api/v1/templates", MediaType.APPLICATION_JSON, templateBody)
                .body("PUT /api/v1/templates/{id}", MediaType.APPLICATION_JSON, templateBody)
                .shared("GET /api/v1/templates", 200)
                .shared("GET /api/v1/templates/{id}", 200)
                .shared("POST /api/v1/templates", 403)
                .shared("PUT /api/v1/templates/{id}", 403)
                .shared("DELETE /api/v1/templates/{id}", 403)
                .walk(TestTokens.operator(brandA), TestTokens.viewer(brandB));

        assertThat(walked).contains("GET /api/v1/ads/{id}/image.png", "PUT /api/v1/products/{id}/image");
        Answers.okJson(admin.get().uri("/api/v1/products/{id}", productOfB.id()))
                .jsonPath("$.brand_id")
                .isEqualTo(brandB.toString())
                .jsonPath("$.name")
                .isEqualTo("Glow Serum");
    }

    @Test
    void an_operator_may_not_move_its_product_to_another_brand() {
        UUID brandA = UUID.randomUUID();
        UUID brandB = UUID.randomUUID();
        Product productOfA = AdCreationApi.createProduct(admin, productBody(brandA));
        client().put()
                .uri("/api/v1/products/{id}", productOfA.id())
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.operator(brandA)))
                .bodyValue(productBody(brandB))
                .exchange()
                .expectStatus()
                .isNotFound();
        Answers.okJson(admin.get().uri("/api/v1/products/{id}", productOfA.id()))
                .jsonPath("$.brand_id")
                .isEqualTo(brandA.toString());
    }

    @Test
    void an_ads_image_may_be_cached_only_privately() {
        UUID brand = UUID.randomUUID();
        Product product = productWithImage(brand);
        UUID run = UUID.randomUUID();
        handler.handle(new AdCreationRequested(
                run,
                null,
                brand,
                Instant.parse("2026-01-05T06:00:00Z"),
                1,
                new AdCreationParameters(product.id(), TemplateMode.RANDOM, 1, ColorMode.ORIGINAL, List.of())));
        GeneratedAd ad = ads.findByRun(run).blockFirst();
        client().get()
                .uri(ad.imageUrl())
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.viewer(brand)))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("private"));
    }

    private Product productWithImage(UUID brand) {
        return AdCreationApi.productWithImage(admin, productBody(brand));
    }

    private static Map<String, Object> productBody(UUID brand) {
        return AdCreationApi.productBody(
                brand,
                "Glow Serum",
                "description",
                "A vitamin C serum that brightens dull skin.",
                "benefits",
                List.of("Fragrance free"),
                "price",
                24.99);
    }
}
