package com.viraltracker.console.api;

import java.util.List;

/** A page of a brand's scorecards, newest period first. */
public record ScorecardPage(List<ScorecardHeadline> items, int page, int size, long totalItems) {
    public ScorecardPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
