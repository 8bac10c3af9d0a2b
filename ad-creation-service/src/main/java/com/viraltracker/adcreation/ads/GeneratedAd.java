package com.viraltracker.adcreation.ads;

import com.viraltracker.events.serde.SnakeCase;
import java.time.Instant;
import java.util.UUID;

/** One generated ad as the API shows it; the PNG is served at {@code imageUrl}. */
@SnakeCase
public record GeneratedAd(
        UUID id,
        UUID runId,
        UUID brandId,
        UUID productId,
        UUID templateId,
        String templateName,
        int variationIndex,
        String colorMode,
        String headline,
        String primaryText,
        String imageText,
        String callToAction,
        int width,
        int height,
        String contentHash,
        String imageUrl,
        Instant createdAt) {}
