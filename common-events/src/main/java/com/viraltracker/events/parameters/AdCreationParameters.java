package com.viraltracker.events.parameters;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.viraltracker.events.serde.SnakeCase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * @param productId     the product to advertise
 * @param templateMode  how templates are picked
 * @param numVariations how many distinct ads to make
 * @param colorMode     which palette to paint with
 * @param templateIds   the templates to use in {@link TemplateMode#SPECIFIC} mode
 */
@SnakeCase
public record AdCreationParameters(
        UUID productId, TemplateMode templateMode, int numVariations, ColorMode colorMode, List<UUID> templateIds)
        implements JobParameters {
    public static final int DEFAULT_NUM_VARIATIONS = 5;
    public static final int MAX_NUM_VARIATIONS = 50;

    public AdCreationParameters {
        templateIds = templateIds == null ? List.of() : List.copyOf(templateIds);
        colorMode = colorMode == null ? ColorMode.ORIGINAL : colorMode;
        var reader = new ParameterReader();
        reader.require(productId != null, "product_id", "is required");
        reader.require(templateMode != null, "template_mode", "is required");
        reader.require(
                numVariations >= 1 && numVariations <= MAX_NUM_VARIATIONS,
                "num_variations",
                "must be between 1 and " + MAX_NUM_VARIATIONS);
        reader.require(
                templateMode != TemplateMode.SPECIFIC || !templateIds.isEmpty(),
                "template_ids",
                "is required when template_mode is specific");
        reader.throwIfInvalid();
    }

    @JsonCreator
    static AdCreationParameters fromJson(
            @JsonProperty("product_id") Object productId,
            @JsonProperty("template_mode") Object templateMode,
            @JsonProperty("num_variations") Object numVariations,
            @JsonProperty("color_mode") Object colorMode,
            @JsonProperty("template_id") Object templateId,
            @JsonProperty("template_ids") Object templateIds) {
        var reader = new ParameterReader();
        UUID product = reader.uuid("product_id", productId, true);
        TemplateMode mode =
                reader.choice("template_mode", templateMode, TemplateMode.class, TemplateMode::wireName, null, true);
        int variations = reader.integer("num_variations", numVariations, DEFAULT_NUM_VARIATIONS, 1, MAX_NUM_VARIATIONS);
        ColorMode color =
                reader.choice("color_mode", colorMode, ColorMode.class, ColorMode::wireName, ColorMode.ORIGINAL, false);
        // The seed's UI stored a single template_id; newer callers send template_ids. Accept both.
        List<UUID> templates = new ArrayList<>(reader.uuids("template_ids", templateIds));
        UUID single = reader.uuid("template_id", templateId, false);
        if (single != null && !templates.contains(single)) {
            templates.add(0, single);
        }
        reader.require(
                mode != TemplateMode.SPECIFIC || !templates.isEmpty(),
                "template_ids",
                "is required when template_mode is specific");
        reader.throwIfInvalid();
        return new AdCreationParameters(product, mode, variations, color, templates);
    }
}
