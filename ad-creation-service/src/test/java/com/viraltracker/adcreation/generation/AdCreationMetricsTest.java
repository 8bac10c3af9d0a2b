package com.viraltracker.adcreation.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.viraltracker.adcreation.AdCreationApi;
import com.viraltracker.adcreation.products.Product;
import com.viraltracker.events.parameters.AdCreationParameters;
import com.viraltracker.events.parameters.ColorMode;
import com.viraltracker.events.parameters.TemplateMode;
import com.viraltracker.events.request.AdCreationRequested;
import com.viraltracker.support.worker.JobFailedException;
import com.viraltracker.testing.Answers;
import com.viraltracker.testing.ServiceIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Ads created and render time, counted on real runs rendered with Java2D and stored in PostgreSQL. */
@ServiceIntegrationTest
class AdCreationMetricsTest {
    @Autowired
    WebTestClient web;

    @Autowired
    AdCreationJobHandler handler;

    @Autowired
    MeterRegistry registry;

    @Test
    void counts_every_ad_a_run_creates_and_times_each_render() {
        UUID brand = UUID.randomUUID();
        Product product = productWithImage(brand);
        double created = registry.get("viraltracker.adcreation.ads").counter().count();
        Timer render = registry.get("viraltracker.adcreation.render").timer();
        long renders = render.count();
        double renderSeconds = render.totalTime(TimeUnit.SECONDS);

        handler.handle(request(brand, product.id(), 3));

        assertThat(registry.get("viraltracker.adcreation.ads").counter().count() - created)
                .isEqualTo(3);
        assertThat(render.count() - renders).isEqualTo(3);
        assertThat(render.totalTime(TimeUnit.SECONDS)).isGreaterThan(renderSeconds);
        String scrape = Answers.okText(web, "/actuator/prometheus");
        assertThat(scrape)
                .contains("viraltracker_adcreation_ads_total{", "viraltracker_adcreation_render_seconds_bucket{");
    }

    @Test
    void a_run_that_fails_before_rendering_counts_no_ads() {
        double created = registry.get("viraltracker.adcreation.ads").counter().count();

        assertThatThrownBy(() -> handler.handle(request(UUID.randomUUID(), UUID.randomUUID(), 2)))
                .isInstanceOf(JobFailedException.class);

        assertThat(registry.get("viraltracker.adcreation.ads").counter().count())
                .isEqualTo(created);
    }

    private static AdCreationRequested request(UUID brand, UUID product, int variations) {
        return new AdCreationRequested(
                UUID.randomUUID(),
                null,
                brand,
                Instant.now(),
                1,
                new AdCreationParameters(product, TemplateMode.RANDOM, variations, ColorMode.ORIGINAL, List.of()));
    }

    private Product productWithImage(UUID brand) {
        return AdCreationApi.productWithImage(
                web,
                AdCreationApi.productBody(
                        brand,
                        "Glow Serum",
                        "description",
                        "A vitamin C serum.",
                        "benefits",
                        List.of("Brighter skin")));
    }
}
