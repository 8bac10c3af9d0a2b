package com.viraltracker.adcreation.render;

import com.viraltracker.adcreation.templates.Align;
import com.viraltracker.adcreation.templates.TextRegion;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.font.TextLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text into its region at the largest size that fits, measuring the glyphs' real pixel bounds (not just
 * advances) so nothing is clipped. Below the region's smallest size it breaks long words and, as a last resort,
 * ends the last line that fits with an ellipsis; it never lets a glyph leave the region.
 */
public final class TextFitter {
    /** The context every creative is drawn with: anti-aliased, fractional metrics, no transform. */
    public static final FontRenderContext RENDER_CONTEXT = new FontRenderContext(null, true, true);

    private static final String ELLIPSIS = "…";

    private TextFitter() {}

    public record Fitted(Font font, List<PlacedLine> lines) {}

    public static Fitted fit(String text, TextRegion region) {
        String[] words = text.strip().split("\\s+");
        int style = region.bold() ? Font.BOLD : Font.PLAIN;
        for (int size = region.maxFontSize(); size >= region.minFontSize(); size -= Math.max(1, size / 24)) {
            Font font = new Font(Font.SANS_SERIF, style, size);
            List<String> lines = wrap(words, font, region.width(), false);
            if (lines != null) {
                List<PlacedLine> placed = place(lines, font, region);
                if (placed != null) {
                    return new Fitted(font, placed);
                }
            }
        }
        Font font = new Font(Font.SANS_SERIF, style, region.minFontSize());
        List<String> lines = wrap(words, font, region.width(), true);
        List<PlacedLine> whole = place(lines, font, region);
        if (whole != null) {
            return new Fitted(font, whole);
        }
        for (int keep = lines.size() - 1; keep > 0; keep--) {
            List<String> shortened = new ArrayList<>(lines.subList(0, keep));
            shortened.set(keep - 1, ellipsize(shortened.get(keep - 1), font, region.width()));
            List<PlacedLine> placed = place(shortened, font, region);
            if (placed != null) {
                return new Fitted(font, placed);
            }
        }
        return new Fitted(font, List.of());
    }

    /** The pixels a line's glyphs cover when drawn at (x, baseline). */
    public static Rectangle pixelBounds(String line, Font font, int x, int baseline) {
        return new TextLayout(line, font, RENDER_CONTEXT).getPixelBounds(RENDER_CONTEXT, x, baseline);
    }

    private static List<String> wrap(String[] words, Font font, int width, boolean breakWords) {
        List<String> lines = new ArrayList<>();
        String current = "";
        for (String word : words) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (fits(candidate, font, width)) {
                current = candidate;
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current);
            }
            if (fits(word, font, width)) {
                current = word;
            } else if (!breakWords) {
                return null;
            } else {
                current = breakWord(word, font, width, lines);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        return lines;
    }

    /** Splits a word wider than the region into full-width pieces; returns the last piece. */
    private static String breakWord(String word, Font font, int width, List<String> lines) {
        String rest = word;
        while (!fits(rest, font, width)) {
            int end = rest.length() - 1;
            while (end > 1 && !fits(rest.substring(0, end), font, width)) {
                end--;
            }
            lines.add(rest.substring(0, end));
            rest = rest.substring(end);
        }
        return rest;
    }

    private static String ellipsize(String line, Font font, int width) {
        String head = line;
        while (!head.isEmpty() && !fits(head + ELLIPSIS, font, width)) {
            head = head.substring(0, head.length() - 1).stripTrailing();
        }
        return head + ELLIPSIS;
    }

    private static boolean fits(String line, Font font, int width) {
        return pixelBounds(line, font, 0, 0).width <= width;
    }

    /** The lines aligned in the region, or null when any glyph would fall outside it. */
    private static List<PlacedLine> place(List<String> lines, Font font, TextRegion region) {
        LineMetrics metrics = font.getLineMetrics("Ag", RENDER_CONTEXT);
        int lineHeight = (int) Math.ceil(metrics.getAscent() + metrics.getDescent());
        int blockHeight = lineHeight * lines.size();
        int top = switch (region.verticalAlign() == null ? Align.TOP : region.verticalAlign()) {
            case MIDDLE -> region.y() + (region.height() - blockHeight) / 2;
            case BOTTOM -> region.y() + region.height() - blockHeight;
            default -> region.y();
        };
        Rectangle area = region.rectangle();
        List<PlacedLine> placed = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int baseline = top + i * lineHeight + Math.round(metrics.getAscent());
            Rectangle ink = pixelBounds(line, font, 0, baseline);
            int x = region.align() == Align.CENTER
                    ? region.x() + (region.width() - ink.width) / 2 - ink.x
                    : region.x() - ink.x;
            Rectangle drawn = pixelBounds(line, font, x, baseline);
            if (!area.contains(drawn)) {
                return null;
            }
            placed.add(new PlacedLine(line, x, baseline));
        }
        return placed;
    }
}
