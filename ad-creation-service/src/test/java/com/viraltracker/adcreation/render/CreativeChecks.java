package com.viraltracker.adcreation.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.adcreation.TestImages;
import com.viraltracker.adcreation.color.Contrast;
import com.viraltracker.adcreation.color.Rgb;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a rendered creative against its pixels: size, every text inside its region (re-measured here with a
 * fresh layout of the same font), every text readable (WCAG ≥ 4.5), and the region's non-glyph pixels painted
 * with exactly the backdrop the contrast was computed against.
 */
public final class CreativeChecks {
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private CreativeChecks() {}

    public static BufferedImage check(RenderedCreative creative, int width, int height) {
        BufferedImage image = TestImages.decode(creative.png());
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        assertThat(creative.texts())
                .extracting(PlacedText::role)
                .containsExactlyInAnyOrder(TextRole.HEADLINE, TextRole.BODY, TextRole.CTA);
        for (PlacedText text : creative.texts()) {
            checkText(image, text);
        }
        return image;
    }

    private static void checkText(BufferedImage image, PlacedText text) {
        assertThat(text.lines()).as("%s has at least one line", text.role()).isNotEmpty();
        assertThat(Contrast.ratio(text.foreground(), text.background()))
                .as("contrast of %s %s on %s", text.role(), text.foreground(), text.background())
                .isGreaterThanOrEqualTo(Contrast.MINIMUM);
        Font font = new Font(
                text.font().getName(), text.font().getStyle(), text.font().getSize());
        List<Rectangle> ink = new ArrayList<>();
        for (PlacedLine line : text.lines()) {
            Rectangle bounds =
                    new TextLayout(line.text(), font, CONTEXT).getPixelBounds(CONTEXT, line.x(), line.baseline());
            assertThat(text.region().contains(bounds))
                    .as("%s line '%s' at %s stays inside %s", text.role(), line.text(), bounds, text.region())
                    .isTrue();
            bounds.grow(1, 1);
            ink.add(bounds);
        }
        int background = text.background().rgb();
        boolean foregroundSeen = false;
        Rectangle region = text.region();
        for (int y = region.y; y < region.y + region.height; y++) {
            for (int x = region.x; x < region.x + region.width; x++) {
                int pixel = image.getRGB(x, y) & 0xffffff;
                boolean inInk = false;
                for (Rectangle box : ink) {
                    if (box.contains(x, y)) {
                        inInk = true;
                        break;
                    }
                }
                if (!inInk) {
                    if (pixel != background) {
                        throw new AssertionError(text.role() + ": pixel (" + x + "," + y + ") outside the text is "
                                + Rgb.of(pixel) + ", not the backdrop " + text.background());
                    }
                } else if (distance(Rgb.of(pixel), text.foreground()) <= 24) {
                    foregroundSeen = true;
                }
            }
        }
        assertThat(foregroundSeen)
                .as("%s glyphs are painted in %s", text.role(), text.foreground())
                .isTrue();
    }

    private static int distance(Rgb a, Rgb b) {
        return Math.abs(a.red() - b.red()) + Math.abs(a.green() - b.green()) + Math.abs(a.blue() - b.blue());
    }
}
