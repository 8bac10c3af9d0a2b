package com.viraltracker.adcreation.templates;

import com.viraltracker.events.serde.SnakeCase;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/v1/templates} and {@code PUT /api/v1/templates/{id}}. */
@SnakeCase
public record TemplateInput(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Wide Teal")
        String name,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "1200")
        Integer width,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "800")
        Integer height,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) TemplateLayout layout) {}
