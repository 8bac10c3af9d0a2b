package com.viraltracker.console.api;

import java.util.List;

/** A page of a brand's runs, newest first. */
public record RunPage(List<Run> items, int page, int size, long total) {
    public RunPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
