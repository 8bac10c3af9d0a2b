package com.viraltracker.adcreation.templates;

import com.viraltracker.events.serde.SnakeCase;
import java.awt.Rectangle;

/** A rectangle on the canvas, in pixels from the top-left corner. */
@SnakeCase
public record Region(int x, int y, int width, int height) {
    public Rectangle rectangle() {
        return new Rectangle(x, y, width, height);
    }
}
