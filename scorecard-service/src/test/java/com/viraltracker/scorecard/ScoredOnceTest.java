package com.viraltracker.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.parameters.ScorecardParameters;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.result.ResultStatus;
import com.viraltracker.scorecard.scoring.Category;
import com.viraltracker.scorecard.scoring.CurrencySummary;
import com.viraltracker.scorecard.scoring.Scorecard;
import com.viraltracker.scorecard.scoring.ScoredAd;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.TestInstance;

/**
 * Tests of one scorecard run over a fixture written once for the class: each test reads the same run's result and
 * the scorecard it stored, as the REST API returns it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ScoredOnceTest extends ScorecardServiceTestBase {
    protected JobResult result;
    protected Scorecard scorecard;

    /** Runs the scorecard with default parameters, expects it to succeed and reads back what it stored. */
    protected void runWithDefaultParameters(UUID brand, Instant scheduledFor) throws Exception {
        result = ScorecardRuns.run(
                publisher, ScorecardRuns.request(brand, scheduledFor, ScorecardParameters.defaults()));
        assertThat(result.status()).as("run result %s", result).isEqualTo(ResultStatus.SUCCEEDED);
        scorecard = storedScorecard(result.summary().get("scorecard_id"));
    }

    protected CurrencySummary section(String currency) {
        return scorecard.summary().currencies().stream()
                .filter(s -> s.currency().equals(currency))
                .findFirst()
                .orElseThrow();
    }

    protected List<String> names(String currency, Category category) {
        return scorecard.ads(currency, category).stream().map(ScoredAd::adName).toList();
    }

    protected ScoredAd ad(String adId) {
        return scorecard.ads().stream()
                .filter(ad -> ad.adId().equals(adId))
                .findFirst()
                .orElseThrow();
    }
}
