package com.viraltracker.adcreation.ads;

import com.viraltracker.adcreation.copy.AdCopy;
import com.viraltracker.adcreation.products.ProductImageRepository;
import com.viraltracker.adcreation.render.RenderedCreative;
import com.viraltracker.adcreation.templates.Template;
import com.viraltracker.events.parameters.ColorMode;
import java.time.Instant;
import java.util.UUID;

/**
 * A variation to store, made of what generated it; {@code (runId, variationIndex)} identifies it across
 * redeliveries.
 */
public record NewAd(
        UUID runId,
        UUID brandId,
        UUID productId,
        int variationIndex,
        Template template,
        ColorMode colorMode,
        AdCopy copy,
        RenderedCreative creative,
        Instant createdAt) {

    /** The SHA-256 of the PNG, so the same picture is recognised across runs. */
    public String contentHash() {
        return ProductImageRepository.sha256(creative.png());
    }
}
