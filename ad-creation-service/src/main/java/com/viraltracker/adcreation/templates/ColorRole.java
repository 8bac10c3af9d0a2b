package com.viraltracker.adcreation.templates;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A palette slot a shape or a text backdrop is painted with; the colour itself depends on the colour mode. */
public enum ColorRole {
    BACKGROUND,
    SURFACE,
    ACCENT;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
