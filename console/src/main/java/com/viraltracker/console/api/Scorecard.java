package com.viraltracker.console.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One stored scorecard as its page shows it: the period against the one before (days counted in {@code timeZone}),
 * where it was e-mailed, its headline and its evaluated ads (by currency, then category, then rank); {@code brandId}
 * keeps another brand's scorecard off the page.
 */
public record Scorecard(
        UUID id,
        UUID brandId,
        ReportPeriod period,
        ReportPeriod previousPeriod,
        String timeZone,
        String emailedTo,
        ScorecardSummary summary,
        List<Ad> ads) {

    public Scorecard {
        ads = ads == null ? List.of() : List.copyOf(ads);
    }

    public List<Ad> ads(String currency) {
        return ads.stream().filter(ad -> ad.currency().equals(currency)).toList();
    }

    /** An evaluated ad: its category (top_performer, needs_attention, in_between), rank, names and figures. */
    public record Ad(
            String currency,
            String category,
            int rank,
            String adId,
            String adName,
            String campaignName,
            @JsonUnwrapped AdFigures figures) {}

    /** An ad's figures over the period, as a row of the scorecard's table and a dot of its chart. */
    public record AdFigures(
            BigDecimal spend, BigDecimal revenue, BigDecimal roas, long purchases, BigDecimal cpa, BigDecimal ctr) {}
}
