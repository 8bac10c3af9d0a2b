package com.viraltracker.metasync.sync;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Holds a sync's rows back until their day is whole. Meta pages {@code time_increment=1} insights in date order,
 * so once a page reaches a later day every earlier day is complete; the newest day waits for the next page (or the
 * end of the sync). A sync that fails between pages therefore leaves whole days only, never a day with some of its
 * ads and not others (which a scorecard would read as a real drop in spend).
 */
final class WholeDays {
    private final NavigableMap<LocalDate, List<PerformanceRow>> pending = new TreeMap<>();

    /** Adds a page's rows; returns the rows of the days that are now whole. */
    List<PerformanceRow> add(List<PerformanceRow> page) {
        page.forEach(row ->
                pending.computeIfAbsent(row.date(), day -> new ArrayList<>()).add(row));
        if (page.isEmpty()) {
            return List.of();
        }
        LocalDate newest = page.stream()
                .map(PerformanceRow::date)
                .max(LocalDate::compareTo)
                .orElseThrow();
        return drain(pending.headMap(newest, false));
    }

    /** The rows still held back: the sync read its last page, so every day is whole. */
    List<PerformanceRow> rest() {
        return drain(pending);
    }

    private static List<PerformanceRow> drain(Map<LocalDate, List<PerformanceRow>> days) {
        List<PerformanceRow> rows = new ArrayList<>();
        days.values().forEach(rows::addAll);
        days.clear();
        return rows;
    }
}
