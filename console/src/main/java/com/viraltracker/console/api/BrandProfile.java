package com.viraltracker.console.api;

import java.time.Instant;
import java.util.UUID;

/** A brand's profile (meta-sync-service owns it); {@code name} is null for a brand nobody has named yet. */
public record BrandProfile(UUID brandId, String name, String createdBy, Instant updatedAt) {}
