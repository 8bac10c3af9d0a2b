package com.viraltracker.adcreation.templates;

import com.viraltracker.events.serde.SnakeCase;
import java.util.List;

/** Everything a renderer needs to lay out one creative, stored as the template's {@code layout} jsonb. */
@SnakeCase
public record TemplateLayout(
        Palette palette, List<Decor> decor, Region image, TextRegion headline, TextRegion body, TextRegion cta) {
    public TemplateLayout {
        decor = decor == null ? List.of() : List.copyOf(decor);
    }
}
