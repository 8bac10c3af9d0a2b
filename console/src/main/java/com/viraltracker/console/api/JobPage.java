package com.viraltracker.console.api;

import java.util.List;

/** A page of schedules. */
public record JobPage(List<Job> items, int page, int size, long total) {
    public JobPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
