package com.viraltracker.scheduler.api;

import com.viraltracker.scheduler.schedule.Page;
import java.util.List;

/** A page of a listing: its items, where it is, and how many there are in all. */
public record PageView<T>(List<T> items, int page, int size, long total) {
    public static <T> PageView<T> of(Page<T> page) {
        return new PageView<>(page.items(), page.page(), page.size(), page.total());
    }
}
