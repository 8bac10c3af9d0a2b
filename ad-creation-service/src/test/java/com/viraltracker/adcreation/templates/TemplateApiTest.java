package com.viraltracker.adcreation.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.testing.Answers;
import com.viraltracker.testing.ServiceIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIntegrationTest
class TemplateApiTest {
    @Autowired
    WebTestClient web;

    static TemplateLayout layout() {
        return new TemplateLayout(
                new Palette("#ffffff", "#f1f5f9", "#0f766e", "#0f172a", "#ffffff"),
                List.of(new Decor(DecorShape.ELLIPSE, 40, 40, 520, 520, ColorRole.SURFACE, 0)),
                new Region(60, 60, 480, 480),
                new TextRegion(600, 60, 420, 300, 64, 28, Align.LEFT, Align.TOP, ColorRole.BACKGROUND, 0, true),
                new TextRegion(600, 380, 420, 200, 32, 18, Align.LEFT, Align.TOP, ColorRole.BACKGROUND, 0, false),
                new TextRegion(620, 620, 300, 60, 30, 18, Align.CENTER, Align.MIDDLE, ColorRole.ACCENT, 20, true));
    }

    @Test
    void ships_six_default_templates_in_feed_portrait_and_story_sizes() {
        List<Template> library = web.get()
                .uri("/api/v1/templates")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBodyList(Template.class)
                .returnResult()
                .getResponseBody();
        assertThat(library)
                .extracting(Template::name)
                .contains(
                        "Bold Square",
                        "Clean Card",
                        "Split Portrait",
                        "Story Spotlight",
                        "Offer Banner",
                        "Minimal Story");
        for (Template template : library.stream()
                .filter(t -> t.id().toString().startsWith("00000000"))
                .toList()) {
            assertThat(LayoutValidator.check(
                            new TemplateInput(template.name(), template.width(), template.height(), template.layout())))
                    .as(template.name())
                    .isEmpty();
        }
    }

    @Test
    void creates_reads_replaces_and_deletes_a_template() {
        Template created = Answers.created(
                web.post()
                        .uri("/api/v1/templates")
                        .bodyValue(new TemplateInput("Wide Teal " + UUID.randomUUID(), 1200, 800, layout())),
                Template.class);
        assertThat(created.layout()).isEqualTo(layout());
        Answers.okJson(web.get().uri("/api/v1/templates/{id}", created.id()))
                .jsonPath("$.layout.cta.panel_padding")
                .isEqualTo(20)
                .jsonPath("$.layout.decor[0].shape")
                .isEqualTo("ellipse");
        Answers.okJson(web.put()
                        .uri("/api/v1/templates/{id}", created.id())
                        .bodyValue(new TemplateInput("Renamed " + created.id(), 1200, 900, layout())))
                .jsonPath("$.height")
                .isEqualTo(900);
        web.delete()
                .uri("/api/v1/templates/{id}", created.id())
                .exchange()
                .expectStatus()
                .isNoContent();
        web.get()
                .uri("/api/v1/templates/{id}", created.id())
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void refuses_a_layout_whose_text_would_overlap_the_image_or_leave_the_canvas() {
        TemplateLayout good = layout();
        TemplateLayout bad = new TemplateLayout(
                new Palette("#fff", "white", "#0f766e", "#0f172a", "#ffffff"),
                good.decor(),
                good.image(),
                new TextRegion(400, 60, 420, 300, 64, 28, Align.LEFT, Align.TOP, ColorRole.BACKGROUND, 0, true),
                new TextRegion(600, 380, 700, 20, 32, 18, Align.MIDDLE, Align.TOP, ColorRole.BACKGROUND, 0, false),
                null);
        web.post()
                .uri("/api/v1/templates")
                .bodyValue(new TemplateInput("Broken", 1200, 800, bad))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'layout.palette.surface')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'layout.headline')].reason")
                .isEqualTo("overlaps the image region")
                .jsonPath("$.errors[?(@.field == 'layout.body')].reason")
                .isEqualTo("must lie inside the 1200×800 canvas")
                .jsonPath("$.errors[?(@.field == 'layout.body.height')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'layout.body.align')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'layout.cta')].reason")
                .isEqualTo("is required");
    }

    @Test
    void refuses_a_second_template_with_the_same_name() {
        Answers.badRequestNaming(
                web.post().uri("/api/v1/templates").bodyValue(new TemplateInput("Bold Square", 1200, 800, layout())),
                "name");
    }
}
