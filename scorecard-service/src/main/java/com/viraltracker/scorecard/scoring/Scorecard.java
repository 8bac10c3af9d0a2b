package com.viraltracker.scorecard.scoring;

import com.viraltracker.events.parameters.ScorecardParameters;
import com.viraltracker.events.serde.SnakeCase;
import com.viraltracker.scorecard.period.ReportPeriod;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored report: which run made it, for which brand and period, with which parameters, its summary and its
 * evaluated ads (by currency, then category, then rank).
 *
 * @param timeZone   the zone whose "yesterday" ended the period
 * @param emailedTo  where the report was e-mailed, once it was
 */
@SnakeCase
public record Scorecard(UUID id, UUID runId, UUID brandId, ReportPeriod period, ReportPeriod previousPeriod,
                        String timeZone, ScorecardParameters parameters, Instant createdAt, ScorecardSummary summary,
                        List<ScoredAd> ads, String emailedTo, Instant emailedAt) {

    public List<ScoredAd> ads(String currency, Category category) {
        return ads.stream().filter(ad -> ad.currency().equals(currency) && ad.category() == category).toList();
    }
}
