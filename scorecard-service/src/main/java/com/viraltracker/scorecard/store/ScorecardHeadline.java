package com.viraltracker.scorecard.store;

import com.viraltracker.events.serde.SnakeCase;
import com.viraltracker.scorecard.period.ReportPeriod;
import com.viraltracker.scorecard.scoring.ScorecardSummary;
import java.time.Instant;
import java.util.UUID;

/**
 * A scorecard without its rows, as a brand's list shows it.
 *
 * @param timeZone absent when the brand's ad accounts are in different zones
 */
@SnakeCase
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
