package com.viraltracker.console.api;

import java.time.Instant;
import java.util.UUID;

/** One generated ad: its copy and where its PNG is. */
public record GeneratedAd(
        UUID id,
        UUID runId,
        UUID brandId,
        UUID productId,
        String templateName,
        int variationIndex,
        String colorMode,
        String headline,
        String primaryText,
        String imageText,
        String callToAction,
        int width,
        int height,
        Instant createdAt) {}
