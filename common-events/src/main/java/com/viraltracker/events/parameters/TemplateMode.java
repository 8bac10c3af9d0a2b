package com.viraltracker.events.parameters;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How an ad creation run picks templates from the library. */
public enum TemplateMode {
    /** The templates named in {@code template_id} / {@code template_ids}. */
    SPECIFIC,
    /** Templates drawn at random, seeded by the run id so a redelivery makes the same ads. */
    RANDOM,
    /** Round-robin through the whole library. */
    ALL;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
