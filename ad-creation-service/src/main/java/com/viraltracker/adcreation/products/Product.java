package com.viraltracker.adcreation.products;

import com.viraltracker.events.serde.SnakeCase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What ads are made for.
 *
 * @param brandColors hex colours, the first being the brand's primary colour
 * @param image       the uploaded image's description, or null until one is uploaded
 * @param createdBy   who created it (their token's {@code sub}); null for a product written by SQL
 * @param updatedBy   who changed it or its image last
 */
@SnakeCase
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
        ImageInfo image,
        Instant createdAt,
        Instant updatedAt,
        String createdBy,
        String updatedBy) {

    /** The stored product image, without its bytes. */
    @SnakeCase
    public record ImageInfo(String contentType, int width, int height, String url) {}
}
