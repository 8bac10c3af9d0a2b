package com.viraltracker.support.security;

import java.util.Set;
import java.util.UUID;

/**
 * The brands a caller may see, for list queries: bind {@link #everyBrand()} and {@link #brandArray()} into
 * {@code (:everyBrand OR brand_id = any(:brands))} so the database never returns another brand's rows.
 */
public record BrandScope(boolean everyBrand, Set<UUID> brands) {
    public BrandScope {
        brands = Set.copyOf(brands);
    }

    static BrandScope of(Caller caller) {
        return new BrandScope(caller.role() == Role.ADMIN, caller.brands());
    }

    public boolean allows(UUID brandId) {
        return everyBrand || brands.contains(brandId);
    }

    public UUID[] brandArray() {
        return brands.toArray(UUID[]::new);
    }
}
