package com.viraltracker.scheduler.schedule;

import java.util.List;

/** One page of a listing, with the total so clients can page through it. */
public record Page<T>(List<T> items, int page, int size, long total) {
    public static <T> Page<T> of(List<Counted<T>> rows, int page, int size) {
        long total = rows.isEmpty() ? 0 : rows.get(0).total();
        return new Page<>(rows.stream().map(Counted::item).toList(), page, size, total);
    }

    public <R> Page<R> map(java.util.function.Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
