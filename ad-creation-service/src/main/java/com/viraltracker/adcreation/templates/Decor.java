package com.viraltracker.adcreation.templates;

import com.viraltracker.events.serde.SnakeCase;

/**
 * A flat shape painted before the product image and text.
 *
 * @param tint how far to move the role's colour towards white (positive) or black (negative), -1..1
 */
@SnakeCase
public record Decor(DecorShape shape, int x, int y, int width, int height, ColorRole color, double tint) {}
