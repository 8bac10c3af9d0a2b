package com.viraltracker.benchmarks.scorecard;

import com.viraltracker.benchmarks.Sizes;
import com.viraltracker.benchmarks.env.Bench;
import com.viraltracker.benchmarks.env.JobResults;
import com.viraltracker.benchmarks.env.LargeBrand;
import com.viraltracker.benchmarks.report.Figure;
import com.viraltracker.benchmarks.report.Section;
import com.viraltracker.events.parameters.ScorecardParameters;
import com.viraltracker.events.request.ScorecardRequested;
import com.viraltracker.testing.process.ServiceProcess;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The {@link LargeBrand} among many other brands' rows: generating its scorecard (the
 * scorecard-service run, STARTED to SUCCEEDED) against the hand-written SQL {@code GROUP BY} alone over the same
 * rows, fetched over JDBC. The service's own timers say where the generation's time went, phase by phase.
 */
public final class ScorecardScenario {
    /** What someone would write by hand: the per-ad totals of one brand's period. */
    static final String HAND_WRITTEN = """
            SELECT ad_id, sum(spend) AS spend, sum(purchase_value) AS revenue, sum(purchases) AS purchases,
                   sum(impressions) AS impressions, sum(clicks) AS clicks,
                   sum(purchase_value) / nullif(sum(spend), 0) AS roas
              FROM meta_sync.meta_ads_performance
             WHERE brand_id = ?::uuid AND date BETWEEN ? AND ?
             GROUP BY ad_id""";

    private final Bench bench;
    private final Sizes sizes;

    public ScorecardScenario(Bench bench, Sizes sizes) {
        this.bench = bench;
        this.sizes = sizes;
    }

    public Section run(LargeBrand large, ServiceProcess scorecardService) throws Exception {
        var database = bench.database();
        UUID brand = large.id();
        LocalDate first = large.first();
        LocalDate yesterday = large.last();
        long brandRows = large.rows();
        long total = large.totalRows();
        Section section = new Section(
                "scorecard",
                "4. Scorecard: a brand with " + String.format(Locale.ROOT, "%,d", brandRows) + " rows among "
                        + String.format(Locale.ROOT, "%,d", total));

        List<Double> raw = new ArrayList<>();
        // One open connection, as a pool would hand it out; the first query warms the buffer cache.
        try (Connection connection = database.connect()) {
            handWritten(connection, brand, first, yesterday);
            for (int round = 0; round < sizes.rounds(); round++) {
                long started = System.nanoTime();
                int ads = handWritten(connection, brand, first, yesterday);
                raw.add((System.nanoTime() - started) / 1e6);
                if (ads != sizes.scorecardAds()) {
                    throw new IllegalStateException("hand-written GROUP BY returned " + ads + " ads");
                }
            }
        }

        List<Double> generation = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        Map<String, List<Double>> phases = new LinkedHashMap<>();
        var parameters = new ScorecardParameters(
                sizes.scorecardDays(),
                ScorecardParameters.DEFAULT_MIN_SPEND,
                null,
                ScorecardParameters.DEFAULT_TOP_PERFORMER_ROAS,
                ScorecardParameters.DEFAULT_NEEDS_ATTENTION_ROAS);
        try (var producer = bench.eventProducer()) {
            for (int round = -1; round < sizes.rounds(); round++) {
                Map<String, Double> before = GenerationPhases.spentSoFar(scorecardService);
                var outcome = JobResults.run(
                        producer,
                        new ScorecardRequested(UUID.randomUUID(), null, brand, Instant.now(), 1, parameters),
                        Duration.ofMinutes(5));
                if (round >= 0) { // round -1 warms the service up
                    generation.add((double) outcome.workerMillis());
                    wall.add((double) outcome.wallMillis());
                    GenerationPhases.millisBetween(before, GenerationPhases.spentSoFar(scorecardService))
                            .forEach((phase, millis) -> phases.computeIfAbsent(phase, p -> new ArrayList<>())
                                    .add(millis));
                }
            }
        }
        long evaluated =
                database.count("SELECT count(*) FROM scorecard.scorecards WHERE brand_id = ?::uuid", brand.toString());
        if (evaluated != sizes.rounds() + 1L) {
            throw new IllegalStateException(evaluated + " scorecards stored for " + (sizes.rounds() + 1) + " runs");
        }
        section.add(Figure.of("raw_sql_ms", "hand-written SQL GROUP BY alone (JDBC, all rows fetched)", "ms", raw));
        section.add(
                Figure.of("generation_ms", "scorecard generation (run STARTED → SUCCEEDED, stored)", "ms", generation));
        section.add(Figure.of("request_to_result_ms", "scorecard request on Kafka → result on Kafka", "ms", wall));
        phases.forEach((phase, millis) -> section.add(Figure.of(
                "phase_" + phase + "_ms",
                "of the generation: " + phase.replace('_', ' ') + " (the service's timer)",
                "ms",
                millis)));
        section.add(Figure.of(
                "load_s",
                "loading the rows (INSERT … SELECT, VACUUM ANALYZE; not a target)",
                "s",
                List.of(large.loadSeconds())));
        double ratio = section.figure("generation_ms").median()
                / section.figure("raw_sql_ms").median();
        section.ratio("scorecard generation / raw SQL", ratio);
        section.check(
                "Scorecard vs raw SQL GROUP BY", "≤ 1.15×", String.format(Locale.ROOT, "%.2f×", ratio), ratio <= 1.15);
        section.note("The period is the brand's " + sizes.scorecardDays() + " days of data (days_back = "
                + sizes.scorecardDays() + "); the scorecard also totals the previous period of equal length "
                + "(no rows) and stores the result.");
        section.note("The phases are the service's own timers (viraltracker_scorecard_generation_seconds by phase on "
                + "/actuator/prometheus, read before and after each round): current period is the per-ad aggregate "
                + "with each ad's names, storing includes writing the ads as JSON. The previous period is read while "
                + "the current one is, so the phases add up to a little more than the generation.");
        return section;
    }

    private static int handWritten(Connection connection, UUID brand, LocalDate first, LocalDate last)
            throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(HAND_WRITTEN)) {
            statement.setString(1, brand.toString());
            statement.setObject(2, first);
            statement.setObject(3, last);
            int ads = 0;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ads++;
                }
            }
            return ads;
        }
    }
}
