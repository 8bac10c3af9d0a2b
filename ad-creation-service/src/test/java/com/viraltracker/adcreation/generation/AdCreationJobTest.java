package com.viraltracker.adcreation.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.viraltracker.adcreation.AdCreationApi;
import com.viraltracker.adcreation.TestImages;
import com.viraltracker.adcreation.ads.GeneratedAd;
import com.viraltracker.adcreation.ads.GeneratedAdRepository;
import com.viraltracker.adcreation.products.Product;
import com.viraltracker.adcreation.products.ProductImageRepository;
import com.viraltracker.adcreation.templates.Template;
import com.viraltracker.adcreation.templates.TemplateRepository;
import com.viraltracker.events.JobType;
import com.viraltracker.events.Topics;
import com.viraltracker.events.parameters.AdCreationParameters;
import com.viraltracker.events.parameters.ColorMode;
import com.viraltracker.events.parameters.TemplateMode;
import com.viraltracker.events.request.AdCreationRequested;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.result.ResultStatus;
import com.viraltracker.events.serde.EventJson;
import com.viraltracker.support.kafka.EventPublisher;
import com.viraltracker.support.worker.JobFailedException;
import com.viraltracker.testing.Answers;
import com.viraltracker.testing.ServiceIntegrationTest;
import com.viraltracker.testing.TestDatabase;
import com.viraltracker.testing.TopicProbe;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIntegrationTest
class AdCreationJobTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Instant SCHEDULED_FOR = Instant.parse("2026-01-05T06:00:00Z");

    @Autowired
    WebTestClient web;

    @Autowired
    EventPublisher publisher;

    @Autowired
    @Qualifier("deadLetterKafkaTemplate")
    KafkaTemplate<String, byte[]> rawKafka;

    @Autowired
    AdCreationJobHandler handler;

    @Autowired
    GeneratedAdRepository ads;

    @Autowired
    TemplateRepository templates;

    @Autowired
    TestDatabase database;

    @Test
    void a_job_requested_over_kafka_produces_the_ads_and_a_succeeded_result() {
        UUID brand = UUID.randomUUID();
        Product product = productWithImage(brand, List.of("#0b6e4f", "#ffb703"));
        AdCreationRequested request = request(brand, product.id(), TemplateMode.ALL, 8, ColorMode.BRAND, List.of());
        JobResult result = run(request, ResultStatus.SUCCEEDED);

        Map<String, Template> library =
                templates.findAll().collectMap(t -> t.id().toString()).block();
        assertThat(result.summary()).containsEntry("ads_created", 8);
        assertThat((List<?>) result.summary().get("templates_used")).hasSize(library.size());

        List<GeneratedAd> made = AdCreationApi.adsOf(web, "/api/v1/products/{id}/ads", product.id());
        assertThat(made).hasSize(8).allMatch(ad -> ad.runId().equals(request.runId()));
        assertThat(made).extracting(GeneratedAd::variationIndex).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(made).extracting(GeneratedAd::colorMode).containsOnly("brand");
        assertThat(made).extracting(GeneratedAd::contentHash).doesNotHaveDuplicates();
        assertThat(made).extracting(GeneratedAd::headline).allMatch(h -> !h.isBlank() && h.length() <= 40);
        for (GeneratedAd ad : made) {
            byte[] png = AdCreationApi.png(web, ad.imageUrl());
            assertThat(ProductImageRepository.sha256(png)).isEqualTo(ad.contentHash());
            BufferedImage image = TestImages.decode(png);
            Template template = library.get(ad.templateId().toString());
            assertThat(image.getWidth()).isEqualTo(template.width()).isEqualTo(ad.width());
            assertThat(image.getHeight()).isEqualTo(template.height()).isEqualTo(ad.height());
        }
        Answers.okJson(web.get().uri("/api/v1/ads/{id}", made.get(0).id()))
                .jsonPath("$.run_id")
                .isEqualTo(request.runId().toString());
        web.get()
                .uri("/api/v1/ads/{id}/image.png", UUID.randomUUID())
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void the_same_run_delivered_twice_leaves_the_same_ads() {
        UUID brand = UUID.randomUUID();
        Product product = productWithImage(brand, List.of("#7c3aed"));
        AdCreationRequested request =
                request(brand, product.id(), TemplateMode.RANDOM, 4, ColorMode.COMPLEMENTARY, List.of());
        try (TopicProbe probe = TopicProbe.fromNow(Topics.JOB_RESULTS)) {
            publisher.publish(request).join();
            awaitResults(probe, request.runId(), ResultStatus.SUCCEEDED, 1);
            List<GeneratedAd> first =
                    ads.findByRun(request.runId()).collectList().block();

            publisher.publish(request).join();
            List<JobResult> results = awaitResults(probe, request.runId(), ResultStatus.SUCCEEDED, 2);
            assertThat(results.get(1).summary()).isEqualTo(results.get(0).summary());
            assertThat(ads.findByRun(request.runId()).collectList().block())
                    .isEqualTo(first)
                    .hasSize(4);
        }
    }

    @Test
    void a_run_interrupted_half_way_and_delivered_again_rewrites_the_same_rows_with_the_same_images() throws Exception {
        UUID brand = UUID.randomUUID();
        Product product = productWithImage(brand, List.of("#e11d48"));
        AdCreationRequested request =
                request(brand, product.id(), TemplateMode.RANDOM, 5, ColorMode.ORIGINAL, List.of());
        handler.handle(request);
        List<GeneratedAd> complete =
                ads.findByRun(request.runId()).collectList().block();
        try (Connection connection = database.connect();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM ad_creation.generated_ads WHERE run_id = ? AND variation_index >= 3")) {
            delete.setObject(1, request.runId());
            assertThat(delete.executeUpdate()).isEqualTo(2);
        }

        handler.handle(request);

        List<GeneratedAd> again = ads.findByRun(request.runId()).collectList().block();
        assertThat(again).hasSize(5);
        assertThat(again.subList(0, 3)).isEqualTo(complete.subList(0, 3));
        assertThat(again)
                .extracting(GeneratedAd::contentHash)
                .containsExactlyElementsOf(
                        complete.stream().map(GeneratedAd::contentHash).toList());
        assertThat(again)
                .extracting(GeneratedAd::templateId)
                .containsExactlyElementsOf(
                        complete.stream().map(GeneratedAd::templateId).toList());
    }

    @Test
    void specific_mode_uses_only_the_named_templates() {
        UUID brand = UUID.randomUUID();
        Product product = productWithImage(brand, List.of());
        Template story = templates
                .findAll()
                .filter(t -> t.name().equals("Story Spotlight"))
                .blockFirst();
        AdCreationRequested request =
                request(brand, product.id(), TemplateMode.SPECIFIC, 3, ColorMode.ORIGINAL, List.of(story.id()));
        Map<String, Object> summary = handler.handle(request);
        assertThat(summary).containsEntry("templates_used", List.of("Story Spotlight"));
        List<GeneratedAd> made = ads.findByRun(request.runId()).collectList().block();
        assertThat(made).hasSize(3).allMatch(ad -> ad.templateId().equals(story.id()) && ad.height() == 1920);
        assertThat(new HashSet<>(made.stream().map(GeneratedAd::contentHash).toList()))
                .hasSize(3);
    }

    @Test
    void an_unknown_product_fails_the_run_as_not_found() {
        UUID missing = UUID.randomUUID();
        JobResult result = run(
                request(UUID.randomUUID(), missing, TemplateMode.ALL, 2, ColorMode.ORIGINAL, List.of()),
                ResultStatus.FAILED);
        assertThat(result.errorCategory()).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(result.errorMessage()).contains(missing.toString());
    }

    @Test
    void another_brands_product_is_not_found_for_this_brand() {
        Product product = productWithImage(UUID.randomUUID(), List.of());
        assertThatThrownBy(() -> handler.handle(
                        request(UUID.randomUUID(), product.id(), TemplateMode.ALL, 1, ColorMode.ORIGINAL, List.of())))
                .isInstanceOf(JobFailedException.class)
                .extracting(e -> ((JobFailedException) e).category())
                .isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(ads.findByProduct(product.id()).collectList().block()).isEmpty();
    }

    @Test
    void bad_parameters_fail_the_run_as_invalid_input() throws Exception {
        UUID runId = UUID.randomUUID();
        UUID brand = UUID.randomUUID();
        String json = """
                {"run_id":"%s","brand_id":"%s","scheduled_for":"2026-01-05T06:00:00Z","attempt":1,
                 "parameters":{"product_id":"%s","template_mode":"sometimes","num_variations":500}}
                """.formatted(runId, brand, UUID.randomUUID());
        try (TopicProbe probe = TopicProbe.fromNow(Topics.JOB_RESULTS)) {
            rawKafka.send(JobType.AD_CREATION.requestTopic(), brand.toString(), json.getBytes(StandardCharsets.UTF_8))
                    .get();
            JobResult result =
                    awaitResults(probe, runId, ResultStatus.FAILED, 1).get(0);
            assertThat(result.errorCategory()).isEqualTo(ErrorCategory.INVALID_INPUT);
            assertThat(result.errorMessage()).contains("template_mode", "num_variations");
        }
    }

    @Test
    void brand_colour_mode_for_a_product_without_brand_colours_fails_as_invalid_input_naming_the_fix() {
        UUID brand = UUID.randomUUID();
        Product product = productWithImage(brand, List.of());
        JobResult result =
                run(request(brand, product.id(), TemplateMode.ALL, 2, ColorMode.BRAND, List.of()), ResultStatus.FAILED);
        assertThat(result.errorCategory()).isEqualTo(ErrorCategory.INVALID_INPUT);
        assertThat(result.errorMessage()).contains("brand_colors", "color_mode original");
    }

    @Test
    void a_product_without_an_image_fails_as_invalid_input_naming_the_upload() {
        UUID brand = UUID.randomUUID();
        Product product = createProduct(brand, List.of());
        assertThatThrownBy(() -> handler.handle(
                        request(brand, product.id(), TemplateMode.ALL, 1, ColorMode.ORIGINAL, List.of())))
                .isInstanceOf(JobFailedException.class)
                .hasMessageContaining("PUT /api/v1/products/" + product.id() + "/image")
                .extracting(e -> ((JobFailedException) e).category())
                .isEqualTo(ErrorCategory.INVALID_INPUT);
    }

    private JobResult run(AdCreationRequested request, ResultStatus status) {
        try (TopicProbe probe = TopicProbe.fromNow(Topics.JOB_RESULTS)) {
            publisher.publish(request).join();
            return awaitResults(probe, request.runId(), status, 1).get(0);
        }
    }

    private static List<JobResult> awaitResults(TopicProbe probe, UUID runId, ResultStatus status, int count) {
        String eventId = runId + ":" + status.name().toLowerCase(Locale.ROOT);
        return probe.await(r -> eventId.equals(TopicProbe.header(r, "ce_id")), count, WAIT).stream()
                .map(r -> EventJson.mapper().readValue(r.value(), JobResult.class))
                .toList();
    }

    private static AdCreationRequested request(
            UUID brand, UUID product, TemplateMode mode, int count, ColorMode color, List<UUID> templateIds) {
        return new AdCreationRequested(
                UUID.randomUUID(),
                null,
                brand,
                SCHEDULED_FOR,
                1,
                new AdCreationParameters(product, mode, count, color, templateIds));
    }

    private Product productWithImage(UUID brand, List<String> colours) {
        Product product = createProduct(brand, colours);
        AdCreationApi.uploadBottle(web, product, 600, 800, true);
        return product;
    }

    private Product createProduct(UUID brand, List<String> colours) {
        return AdCreationApi.createProduct(
                web,
                AdCreationApi.productBody(
                        brand,
                        "Glow Serum",
                        "description",
                        "A vitamin C serum that brightens dull skin.",
                        "benefits",
                        List.of("Brighter skin in 14 days", "Fragrance free"),
                        "price",
                        24.99,
                        "offer",
                        "20% off your first order",
                        "brand_colors",
                        colours));
    }
}
