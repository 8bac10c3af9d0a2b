package com.viraltracker.scorecard.scoring;

import com.viraltracker.events.parameters.ScorecardParameters;
import com.viraltracker.events.serde.SnakeCase;
import com.viraltracker.scorecard.period.AccountPeriod;
import com.viraltracker.scorecard.period.Coverage;
import com.viraltracker.scorecard.period.ReportPeriod;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored report: which run made it, for which brand and period, with which parameters, its summary and its
 * evaluated ads (by currency, then category, then rank).
 *
 * @param period         the days the report covers: each ad account's rows are summed over the last
 *                       {@code days_back} complete days in the account's own time zone, and this runs from the
 *                       earliest first day to the latest last day of those periods (each currency section of the
 *                       summary says which days its accounts cover)
 * @param previousPeriod the same for the periods compared with
 * @param timeZone       the zone whose "yesterday" ended the period, when all accounts share one; absent when the
 *                       accounts' zones differ
 * @param ads            absent in a brand's list of scorecards, which leaves the rows out
 * @param emailedTo      where the report was e-mailed, once it was
 */
@SnakeCase
public record Scorecard(
        UUID id,
        UUID runId,
        UUID brandId,
        ReportPeriod period,
        ReportPeriod previousPeriod,
        String timeZone,
        ScorecardParameters parameters,
        Instant createdAt,
        ScorecardSummary summary,
        List<ScoredAd> ads,
        String emailedTo,
        Instant emailedAt) {

    /** A scorecard just built for a run, not e-mailed yet. */
    public static Scorecard built(
            UUID id,
            UUID runId,
            UUID brandId,
            ScorecardParameters parameters,
            ScorecardBuilder.Result result,
            Instant createdAt) {
        Coverage coverage = result.coverage();
        return new Scorecard(
                id,
                runId,
                brandId,
                coverage.period(),
                coverage.previousPeriod(),
                coverage.timeZone(),
                parameters,
                createdAt,
                result.summary(),
                result.ads(),
                null,
                null);
    }

    public List<ScoredAd> ads(String currency, Category category) {
        return ads.stream()
                .filter(ad -> ad.currency().equals(currency) && ad.category() == category)
                .toList();
    }

    /**
     * The days an ad's account was summed over, as its currency section states them; empty for a scorecard stored
     * before sections stated their days (all its accounts then had the scorecard's period and zone).
     */
    public Optional<AccountPeriod> periodOf(ScoredAd ad) {
        return summary.currencies().stream()
                .filter(section -> section.currency().equals(ad.currency()))
                .filter(section -> section.coverage() != null)
                .flatMap(section -> section.coverage().accounts().stream())
                .filter(account -> ad.adAccountId().equals(account.adAccountId()))
                .findFirst();
    }
}
