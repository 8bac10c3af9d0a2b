package com.viraltracker.adcreation.color;

import com.viraltracker.adcreation.templates.Palette;
import com.viraltracker.events.parameters.ColorMode;
import java.awt.Color;
import java.util.List;

/**
 * Turns a template's palette and a product's brand colours into the colours of one creative.
 * {@code original} keeps the template's; {@code brand} paints the background with the brand's primary colour;
 * {@code complementary} paints it with the primary's complement (hue turned half way round) and keeps the
 * brand colour for the button. Text colours are only wishes here: {@link PaintPalette#textOn} makes them readable.
 */
public final class PaletteDeriver {
    /** A button must stand out from the background at least this much, or it reads as part of it. */
    static final double BUTTON_CONTRAST = 1.8;

    private PaletteDeriver() {}

    public static PaintPalette derive(ColorMode mode, Palette template, List<String> brandColors) {
        PaintPalette original = new PaintPalette(
                Rgb.parse(template.background()),
                Rgb.parse(template.surface()),
                Rgb.parse(template.accent()),
                Rgb.parse(template.text()),
                Rgb.parse(template.ctaText()));
        if (mode == ColorMode.ORIGINAL) {
            return original;
        }
        if (brandColors.isEmpty()) {
            throw new IllegalArgumentException("color mode " + mode.wireName() + " needs brand colours");
        }
        Rgb primary = Rgb.parse(brandColors.get(0));
        Rgb secondary = brandColors.size() > 1 ? Rgb.parse(brandColors.get(1)) : null;
        return switch (mode) {
            case BRAND -> around(primary, secondary, original);
            case COMPLEMENTARY -> around(complement(primary), primary, original);
            case ORIGINAL -> original;
        };
    }

    /** The colour on the opposite side of the colour wheel, with the same saturation and brightness. */
    public static Rgb complement(Rgb color) {
        float[] hsb = Color.RGBtoHSB(color.red(), color.green(), color.blue(), null);
        return Rgb.of(Color.HSBtoRGB((hsb[0] + 0.5f) % 1f, hsb[1], hsb[2]));
    }

    private static PaintPalette around(Rgb background, Rgb wantedAccent, PaintPalette original) {
        boolean light = background.isLight();
        // A card in the same hue: a pale tint on any background reads as "paper" and keeps the brand feel.
        Rgb surface = background.tint(light ? 0.72 : 0.88);
        Rgb accent = wantedAccent != null && Contrast.ratio(wantedAccent, background) >= BUTTON_CONTRAST
                ? wantedAccent
                : background.tint(light ? -0.7 : 0.9);
        // Ink in the brand's hue: near-black on light colours, near-white on dark ones.
        Rgb text = background.tint(light ? -0.82 : 0.92);
        Rgb ctaText = accent.isLight() ? accent.tint(-0.85) : Rgb.WHITE;
        return new PaintPalette(background, surface, accent, text, ctaText);
    }
}
