package com.viraltracker.adcreation.templates;

import com.viraltracker.adcreation.color.Rgb;
import com.viraltracker.events.parameters.FieldViolation;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a template before it is stored, naming every bad field, so the renderer can trust any stored layout:
 * everything lies on the canvas, text has room for at least one line at its smallest size, and no text
 * backdrop overlaps the product image or another text (the colour behind text must be the backdrop alone).
 */
public final class LayoutValidator {
    public static final int MIN_WIDTH = 320;
    public static final int MAX_WIDTH = 2160;
    public static final int MIN_HEIGHT = 320;
    public static final int MAX_HEIGHT = 3840;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_DECOR = 24;
    public static final int MIN_FONT = 12;
    public static final int MAX_FONT = 200;
    public static final int MAX_PANEL_PADDING = 80;
    /** A line of our sans-serif needs about 1.2× its size; 1.4× leaves room for accents and descenders. */
    public static final double LINE_ROOM = 1.4;

    private final List<FieldViolation> violations = new ArrayList<>();

    public static List<FieldViolation> check(TemplateInput input) {
        return new LayoutValidator().validate(input);
    }

    private List<FieldViolation> validate(TemplateInput input) {
        if (input.name() == null || input.name().isBlank()) {
            add("name", "is required");
        } else if (input.name().length() > MAX_NAME_LENGTH) {
            add("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        boolean sized = range("width", input.width(), MIN_WIDTH, MAX_WIDTH)
                & range("height", input.height(), MIN_HEIGHT, MAX_HEIGHT);
        TemplateLayout layout = input.layout();
        if (layout == null) {
            add("layout", "is required");
            return violations;
        }
        palette(layout.palette());
        Rectangle canvas = sized ? new Rectangle(0, 0, input.width(), input.height()) : null;
        if (layout.image() == null) {
            add("layout.image", "is required");
        } else {
            region("layout.image", layout.image().rectangle(), canvas, 50, 50);
        }
        Map<String, TextRegion> texts = new LinkedHashMap<>();
        texts.put("layout.headline", layout.headline());
        texts.put("layout.body", layout.body());
        texts.put("layout.cta", layout.cta());
        texts.forEach((field, text) -> text(field, text, canvas));
        overlaps(layout, texts);
        decor(layout.decor(), canvas);
        return violations;
    }

    private void palette(Palette palette) {
        if (palette == null) {
            add("layout.palette", "is required");
            return;
        }
        hex("layout.palette.background", palette.background());
        hex("layout.palette.surface", palette.surface());
        hex("layout.palette.accent", palette.accent());
        hex("layout.palette.text", palette.text());
        hex("layout.palette.cta_text", palette.ctaText());
    }

    private void text(String field, TextRegion text, Rectangle canvas) {
        if (text == null) {
            add(field, "is required");
            return;
        }
        boolean fonts = range(field + ".min_font_size", text.minFontSize(), MIN_FONT, MAX_FONT)
                & range(field + ".max_font_size", text.maxFontSize(), MIN_FONT, MAX_FONT);
        if (fonts && text.maxFontSize() < text.minFontSize()) {
            add(field + ".max_font_size", "must be at least min_font_size");
        }
        region(field, text.rectangle(), canvas, 40, 1);
        if (fonts && text.height() < Math.ceil(text.minFontSize() * LINE_ROOM)) {
            add(
                    field + ".height",
                    "must fit one line at min_font_size (at least " + (int) Math.ceil(text.minFontSize() * LINE_ROOM)
                            + ")");
        }
        if (text.align() != null && text.align() != Align.LEFT && text.align() != Align.CENTER) {
            add(field + ".align", "must be left or center");
        }
        if (text.verticalAlign() != null
                && text.verticalAlign() != Align.TOP
                && text.verticalAlign() != Align.MIDDLE
                && text.verticalAlign() != Align.BOTTOM) {
            add(field + ".vertical_align", "must be top, middle or bottom");
        }
        if (text.backdrop() == null) {
            add(field + ".backdrop", "is required");
        }
        if (range(field + ".panel_padding", text.panelPadding(), 0, MAX_PANEL_PADDING)
                && canvas != null
                && !canvas.contains(text.backdropArea())) {
            add(field + ".panel_padding", "makes the panel reach past the canvas");
        }
    }

    private void overlaps(TemplateLayout layout, Map<String, TextRegion> texts) {
        List<Map.Entry<String, TextRegion>> entries = texts.entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .toList();
        for (int i = 0; i < entries.size(); i++) {
            Rectangle area = entries.get(i).getValue().backdropArea();
            if (layout.image() != null && area.intersects(layout.image().rectangle())) {
                add(entries.get(i).getKey(), "overlaps the image region");
            }
            for (int j = i + 1; j < entries.size(); j++) {
                if (area.intersects(entries.get(j).getValue().backdropArea())) {
                    add(entries.get(i).getKey(), "overlaps " + entries.get(j).getKey());
                }
            }
        }
    }

    private void decor(List<Decor> decor, Rectangle canvas) {
        if (decor.size() > MAX_DECOR) {
            add("layout.decor", "must have at most " + MAX_DECOR + " shapes");
            return;
        }
        for (int i = 0; i < decor.size(); i++) {
            String field = "layout.decor[" + i + "]";
            Decor shape = decor.get(i);
            if (shape.shape() == null) {
                add(field + ".shape", "is required");
            }
            if (shape.color() == null) {
                add(field + ".color", "is required");
            }
            if (shape.width() <= 0 || shape.height() <= 0) {
                add(field, "must have a positive width and height");
            } else if (canvas != null
                    && !canvas.intersects(new Rectangle(shape.x(), shape.y(), shape.width(), shape.height()))) {
                add(field, "lies entirely off the canvas");
            }
            if (!(shape.tint() >= -1 && shape.tint() <= 1)) {
                add(field + ".tint", "must be between -1 and 1");
            }
        }
    }

    private void region(String field, Rectangle rectangle, Rectangle canvas, int minWidth, int minHeight) {
        if (rectangle.width < minWidth || rectangle.height < minHeight) {
            add(field, "must be at least " + minWidth + "×" + minHeight);
        } else if (canvas != null && !canvas.contains(rectangle)) {
            add(field, "must lie inside the " + canvas.width + "×" + canvas.height + " canvas");
        }
    }

    private void hex(String field, String value) {
        if (!Rgb.isHex(value)) {
            add(field, "must be a hex colour such as #1a2b3c");
        }
    }

    private boolean range(String field, Integer value, int min, int max) {
        if (value == null) {
            add(field, "is required");
            return false;
        }
        if (value < min || value > max) {
            add(field, "must be between " + min + " and " + max);
            return false;
        }
        return true;
    }

    private void add(String field, String reason) {
        violations.add(new FieldViolation(field, reason));
    }
}
