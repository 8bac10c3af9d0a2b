package com.viraltracker.console.api;

import java.util.UUID;

/** A stored scorecard as its row in the brand's list shows it: its period, its headline and where it was e-mailed. */
public record ScorecardHeadline(UUID id, ReportPeriod period, String emailedTo, ScorecardSummary summary) {}
