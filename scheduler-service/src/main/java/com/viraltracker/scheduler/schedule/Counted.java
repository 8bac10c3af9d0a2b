package com.viraltracker.scheduler.schedule;

/** A row with the total row count of its query (from {@code count(*) OVER ()}). */
public record Counted<T>(T item, Long total) {}
