package com.viraltracker.adcreation.templates;

import com.viraltracker.events.serde.SnakeCase;
import java.awt.Rectangle;

/**
 * Where one text goes. The region is filled with its backdrop colour before the text is drawn, so the colour
 * behind every glyph is known and its contrast can be guaranteed.
 *
 * @param panelPadding when above zero, the backdrop is drawn as a rounded panel this much larger than the region
 *                     (a button for the call to action, a card for body text)
 */
@SnakeCase
public record TextRegion(
        int x,
        int y,
        int width,
        int height,
        int maxFontSize,
        int minFontSize,
        Align align,
        Align verticalAlign,
        ColorRole backdrop,
        int panelPadding,
        boolean bold) {

    public Rectangle rectangle() {
        return new Rectangle(x, y, width, height);
    }

    /** The painted backdrop: the region itself, or the panel around it. */
    public Rectangle backdropArea() {
        Rectangle area = rectangle();
        area.grow(panelPadding, panelPadding);
        return area;
    }
}
