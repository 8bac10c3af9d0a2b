package com.viraltracker.console.api;

import java.time.LocalDate;

/** Whole days, both ends included. */
public record ReportPeriod(LocalDate start, LocalDate end) {}
