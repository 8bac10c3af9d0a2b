package com.viraltracker.adcreation.ads;

import java.time.Instant;
import java.util.UUID;

/** A variation to store; {@code (runId, variationIndex)} identifies it across redeliveries. */
public record NewAd(
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
        byte[] png,
        String contentHash,
        Instant createdAt) {}
