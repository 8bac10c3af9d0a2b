package com.viraltracker.adcreation.templates;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where text sits in its region, across ({@code left}, {@code center}) and down ({@code top}, {@code middle}, {@code bottom}). */
public enum Align {
    LEFT,
    CENTER,
    TOP,
    MIDDLE,
    BOTTOM;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
