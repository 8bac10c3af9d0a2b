package com.viraltracker.adcreation.render;

import com.viraltracker.adcreation.color.Rgb;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;

/**
 * Where and how one text was drawn, so its fit and contrast can be checked against the pixels.
 *
 * @param region     the area the text had to stay inside, painted with {@code background} alone
 * @param foreground the colour the glyphs were drawn in
 */
public record PlacedText(
        TextRole role, Rectangle region, Font font, List<PlacedLine> lines, Rgb foreground, Rgb background) {}
