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

    /**
     * The text colour for a backdrop, readable on it (WCAG contrast of at least 4.5). When the palette's own
     * text colour fails, a deep shade or pale tint of the backdrop itself is used instead of plain grey, so the
     * text stays in the backdrop's hue; {@link Contrast#readable} has the last word.
     */
    public Rgb textOn(ColorRole backdrop) {
        Rgb wanted = backdrop == ColorRole.ACCENT ? ctaText : text;
        Rgb behind = color(backdrop);
        if (Contrast.ratio(wanted, behind) >= Contrast.MINIMUM) {
            return wanted;
        }
        return Contrast.readable(behind.tint(behind.isLight() ? -0.85 : 0.92), behind);
    }
}
