package com.viraltracker.console.api;

import java.util.UUID;

/** A brand the user may act on, as meta-sync-service lists it. */
public record BrandSummary(UUID brandId, String name, int adAccountCount) {}
