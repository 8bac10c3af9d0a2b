package com.viraltracker.scorecard.scoring;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an evaluated ad lands; in report order. */
public enum Category {
    TOP_PERFORMER("top_performer", "Top performers"),
    NEEDS_ATTENTION("needs_attention", "Needs attention"),
    IN_BETWEEN("in_between", "In between");

    private final String wireName;
    private final String title;

    Category(String wireName, String title) {
        this.wireName = wireName;
        this.title = title;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public String title() {
        return title;
    }
}
