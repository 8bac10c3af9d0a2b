package com.viraltracker.metasync.brands;

import com.viraltracker.events.serde.SnakeCase;
import java.util.UUID;

/** One entry of the brands a caller may act on; {@code name} is absent for a brand nobody has named yet. */
@SnakeCase
public record BrandSummary(UUID brandId, String name, long adAccountCount) {}
