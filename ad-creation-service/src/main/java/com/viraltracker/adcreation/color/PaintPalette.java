package com.viraltracker.adcreation.color;

import com.viraltracker.adcreation.templates.ColorRole;

/** The colours one creative is painted with, after the colour mode was applied. */
public record PaintPalette(Rgb background, Rgb surface, Rgb accent, Rgb text, Rgb ctaText) {

    public Rgb color(ColorRole role) {
        return switch (role) {
            case BACKGROUND -> background;
            case SURFACE -> surface;
            case ACCENT -> accent;
        };
    }

    /** The text colour for a backdrop, made readable on it (WCAG contrast of at least 4.5). */
    public Rgb textOn(ColorRole backdrop) {
        Rgb wanted = backdrop == ColorRole.ACCENT ? ctaText : text;
        return Contrast.readable(wanted, color(backdrop));
    }
}
