package com.viraltracker.adcreation.ads;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.adcreation.AdCreationApi;
import com.viraltracker.adcreation.generation.AdCreationJobHandler;
import com.viraltracker.adcreation.products.Product;
import com.viraltracker.events.parameters.AdCreationParameters;
import com.viraltracker.events.parameters.ColorMode;
import com.viraltracker.events.parameters.TemplateMode;
import com.viraltracker.events.request.AdCreationRequested;
import com.viraltracker.testing.Answers;
import com.viraltracker.testing.ServiceIntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIntegrationTest
class AdListingPagesTest {
    @Autowired
    WebTestClient web;

    @Autowired
    AdCreationJobHandler handler;

    @Test
    void a_products_ads_come_a_page_at_a_time_and_an_oversized_page_is_a_400_naming_size() {
        UUID brand = UUID.randomUUID();
        Product product = AdCreationApi.createProduct(
                web, AdCreationApi.productBody(brand, "Glow Serum", "description", "A vitamin C serum."));
        AdCreationApi.uploadBottle(web, product, 300, 400, false);
        handler.handle(new AdCreationRequested(
                UUID.randomUUID(),
                null,
                brand,
                Instant.parse("2026-01-05T06:00:00Z"),
                1,
                new AdCreationParameters(product.id(), TemplateMode.ALL, 5, ColorMode.ORIGINAL, List.of())));

        List<GeneratedAd> first = page(product.id(), 0, 2);
        List<GeneratedAd> second = page(product.id(), 1, 2);
        List<GeneratedAd> third = page(product.id(), 2, 2);
        assertThat(first).hasSize(2);
        assertThat(second).hasSize(2);
        assertThat(third).hasSize(1);
        assertThat(List.of(first, second, third))
                .flatMap(ads -> ads)
                .extracting(GeneratedAd::variationIndex)
                .containsExactlyInAnyOrder(0, 1, 2, 3, 4);

        Answers.badRequestNaming(web.get().uri("/api/v1/products/{id}/ads?size=201", product.id()), "size");
        Answers.badRequestNaming(web.get().uri("/api/v1/products/{id}/ads?page=-1", product.id()), "page");
    }

    private List<GeneratedAd> page(UUID product, int page, int size) {
        return AdCreationApi.adsOf(web, "/api/v1/products/{id}/ads?page={p}&size={s}", product, page, size);
    }
}
