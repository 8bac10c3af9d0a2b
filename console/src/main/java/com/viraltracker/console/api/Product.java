package com.viraltracker.console.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What ads are made for; {@code image} is null until one is uploaded. */
public record Product(
        UUID id,
        UUID brandId,
        String name,
        String description,
        List<String> benefits,
        BigDecimal price,
        String currency,
        String offer,
        List<String> brandColors,
        Image image,
        Instant createdAt) {

    public Product {
        benefits = benefits == null ? List.of() : List.copyOf(benefits);
        brandColors = brandColors == null ? List.of() : List.copyOf(brandColors);
    }

    /** The uploaded image's description, without its bytes. */
    public record Image(String contentType, int width, int height) {}
}
