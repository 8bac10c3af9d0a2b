package com.viraltracker.metasync.brands;

import com.viraltracker.events.serde.SnakeCase;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code {"name": "Wonder Paws"}}: the body of {@code PUT /api/v1/brands/{brand_id}}. */
@SnakeCase
public record BrandNameRequest(
        @Schema(example = "Wonder Paws", minLength = 1, maxLength = BrandName.MAX_LENGTH)
        String name) {}
