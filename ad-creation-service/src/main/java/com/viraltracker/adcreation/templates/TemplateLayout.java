package com.viraltracker.adcreation.templates;

import com.viraltracker.events.serde.SnakeCase;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Everything a renderer needs to lay out one creative, stored as the template's {@code layout} jsonb. */
@SnakeCase
@Schema(example = TemplateLayout.EXAMPLE)
public record TemplateLayout(
        Palette palette, List<Decor> decor, Region image, TextRegion headline, TextRegion body, TextRegion cta) {
    /** A valid layout for a 1200 x 800 canvas: image left, text right. */
    static final String EXAMPLE = """
            {"palette": {"background": "#ffffff", "surface": "#f1f5f9", "accent": "#0f766e", "text": "#0f172a",
              "cta_text": "#ffffff"},
             "decor": [{"shape": "ellipse", "x": 40, "y": 40, "width": 520, "height": 520, "color": "surface",
              "tint": 0}],
             "image": {"x": 60, "y": 60, "width": 480, "height": 480},
             "headline": {"x": 600, "y": 60, "width": 420, "height": 300, "max_font_size": 64, "min_font_size": 28,
              "align": "left", "vertical_align": "top", "backdrop": "background", "panel_padding": 0, "bold": true},
             "body": {"x": 600, "y": 380, "width": 420, "height": 200, "max_font_size": 32, "min_font_size": 18,
              "align": "left", "vertical_align": "top", "backdrop": "background", "panel_padding": 0, "bold": false},
             "cta": {"x": 620, "y": 620, "width": 300, "height": 60, "max_font_size": 30, "min_font_size": 18,
              "align": "center", "vertical_align": "middle", "backdrop": "accent", "panel_padding": 20, "bold": true}}
            """;

    public TemplateLayout {
        decor = decor == null ? List.of() : List.copyOf(decor);
    }
}
