package com.viraltracker.console.api;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product as its card on Creatives shows it: name, description, price with its currency and offer, and image
 * ({@code image} is null until one is uploaded); {@code brandId} keeps another brand's product off the page.
 */
public record Product(
        UUID id,
        UUID brandId,
        String name,
        String description,
        BigDecimal price,
        String currency,
        String offer,
        Image image) {

    /** The uploaded image's size, for the page's {@code img} (its bytes come through the console). */
    public record Image(int width, int height) {}
}
