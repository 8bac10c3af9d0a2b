package com.viraltracker.console.api;

import java.util.UUID;

/**
 * A generated ad as the gallery shows it: its copy, its image's size, and the template and colours it was made with;
 * {@code brandId} keeps another brand's ad image from being served.
 */
public record GeneratedAd(
        UUID id,
        UUID brandId,
        String headline,
        String primaryText,
        String callToAction,
        String imageText,
        int width,
        int height,
        String templateName,
        String colorMode) {}
