package com.viraltracker.metasync.brands;

import com.viraltracker.events.serde.SnakeCase;
import java.time.Instant;
import java.util.UUID;

/**
 * A brand as people know it. A brand named in the caller's token that nobody has named yet is shown with its id
 * alone ({@link #unnamed}); {@code created_by} and {@code updated_by} are access token subjects.
 */
@SnakeCase
public record BrandProfile(
        UUID brandId, String name, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

    static BrandProfile unnamed(UUID brandId) {
        return new BrandProfile(brandId, null, null, null, null, null);
    }
}
