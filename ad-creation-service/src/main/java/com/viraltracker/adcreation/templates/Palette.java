package com.viraltracker.adcreation.templates;

import com.viraltracker.events.serde.SnakeCase;

/**
 * A template's own colours, as hex strings. {@code text} is meant for the background and surface,
 * {@code ctaText} for the accent; either is adjusted at render time when it would be unreadable.
 */
@SnakeCase
public record Palette(String background, String surface, String accent, String text, String ctaText) {}
