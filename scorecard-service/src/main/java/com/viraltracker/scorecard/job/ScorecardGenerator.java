package com.viraltracker.scorecard.job;

import com.viraltracker.events.parameters.ScorecardParameters;
import com.viraltracker.events.request.ScorecardRequested;
import com.viraltracker.scorecard.performance.AdTotals;
import com.viraltracker.scorecard.performance.CurrencyTotals;
import com.viraltracker.scorecard.performance.PerformanceReader;
import com.viraltracker.scorecard.period.BrandPeriods;
import com.viraltracker.scorecard.period.RunPeriods;
import com.viraltracker.scorecard.scoring.Scorecard;
import com.viraltracker.scorecard.scoring.ScorecardBuilder;
import com.viraltracker.scorecard.store.ScorecardRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Computes a run's scorecard and stores it, once per run: a redelivered run gets the scorecard it already has. */
@Component
public class ScorecardGenerator {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final PerformanceReader performance;
    private final ScorecardRepository repository;
    private final RunPeriods periods;
    private final Clock clock;
    private final ScorecardMetrics metrics;

    public ScorecardGenerator(
            PerformanceReader performance,
            ScorecardRepository repository,
            RunPeriods periods,
            Clock clock,
            ScorecardMetrics metrics) {
        this.performance = performance;
        this.repository = repository;
        this.periods = periods;
        this.clock = clock;
        this.metrics = metrics;
    }

    public Scorecard generate(ScorecardRequested request) {
        return metrics.timed(
                        GenerationPhase.EXISTING,
                        () -> repository.findByRunId(request.runId()).blockOptional(TIMEOUT))
                .orElseGet(() -> create(request));
    }

    private Scorecard create(ScorecardRequested request) {
        ScorecardParameters parameters = request.parameters();
        BrandPeriods brandPeriods = metrics.timed(
                GenerationPhase.PERIODS, () -> periods.of(request.brandId(), asOf(request), parameters.daysBack()));
        // Read on another connection while the current period's aggregate runs: it is a few round trips of
        // which PostgreSQL does little, and the scorecard need not wait for them after the aggregate.
        CompletableFuture<List<CurrencyTotals>> previousPeriod = metrics.timed(
                        GenerationPhase.PREVIOUS_PERIOD,
                        performance.byCurrency(request.brandId(), brandPeriods.previous()))
                .toFuture();
        List<AdTotals> ads = metrics.timed(
                GenerationPhase.CURRENT_PERIOD, () -> performance.byAd(request.brandId(), brandPeriods.current()));
        List<CurrencyTotals> previous = Mono.fromFuture(previousPeriod).block(TIMEOUT);
        var built = metrics.timed(
                GenerationPhase.SCORING,
                () -> new ScorecardBuilder(parameters)
                        .build(
                                brandPeriods,
                                ads,
                                CurrencyTotals.ofAds(ads),
                                previous,
                                coverage -> "No ad performance data for this brand from " + coverage.period() + "."));
        // To the microsecond, as PostgreSQL stores it: the scorecard answered is the one a later read gets.
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var scorecard =
                Scorecard.built(UUID.randomUUID(), request.runId(), request.brandId(), parameters, built, createdAt);
        Scorecard stored = metrics.timed(
                GenerationPhase.STORING,
                () -> repository
                        .insertOnce(scorecard)
                        .blockOptional(TIMEOUT)
                        .orElseThrow(() -> new IllegalStateException(
                                "scorecard of run " + request.runId() + " vanished after it was stored")));
        metrics.produced();
        return stored;
    }

    /**
     * The period ends the day before the occurrence the run is for, so a late or retried Monday run still
     * reports the week to Sunday; never later than now, since a day that is still running is not complete.
     */
    private Instant asOf(ScorecardRequested request) {
        Instant now = clock.instant();
        return request.scheduledFor().isBefore(now) ? request.scheduledFor() : now;
    }
}
