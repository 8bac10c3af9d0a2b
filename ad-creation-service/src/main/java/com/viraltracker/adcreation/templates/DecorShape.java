package com.viraltracker.adcreation.templates;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum DecorShape {
    RECT,
    ROUND_RECT,
    ELLIPSE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
