package com.viraltracker.console.api;

import java.time.Instant;
import java.util.UUID;

/** A stored scorecard without its ads, as the brand's list shows it. */
public record ScorecardHeadline(
        UUID id,
        UUID runId,
        UUID brandId,
        ReportPeriod period,
        ReportPeriod previousPeriod,
        String timeZone,
        Instant createdAt,
        ScorecardSummary summary,
        String emailedTo,
        Instant emailedAt) {}
