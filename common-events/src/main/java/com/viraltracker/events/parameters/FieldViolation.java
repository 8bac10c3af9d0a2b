package com.viraltracker.events.parameters;

/** One bad field: its wire name (as the user wrote it) and what is wrong with it. */
public record FieldViolation(String field, String reason) {
    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
