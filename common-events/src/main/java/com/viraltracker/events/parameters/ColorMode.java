package com.viraltracker.events.parameters;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which palette an ad creation run paints with. */
public enum ColorMode {
    /** The template's own palette. */
    ORIGINAL,
    /** The product's brand colours. */
    BRAND,
    /** Colours derived from the brand colour's complement. */
    COMPLEMENTARY;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
