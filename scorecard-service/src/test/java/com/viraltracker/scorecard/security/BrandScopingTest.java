package com.viraltracker.scorecard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.parameters.ScorecardParameters;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.result.ResultStatus;
import com.viraltracker.scorecard.PerformanceTable;
import com.viraltracker.scorecard.ScorecardRuns;
import com.viraltracker.support.kafka.EventPublisher;
import com.viraltracker.testing.CrossBrandWalk;
import com.viraltracker.testing.ServiceIntegrationTest;
import com.viraltracker.testing.TestDatabase;
import com.viraltracker.testing.TestTokens;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Brand A's callers neither list nor read brand B's scorecards, in any format. */
@ServiceIntegrationTest
class BrandScopingTest {
    @LocalServerPort
    int port;

    @Autowired
    EventPublisher publisher;

    @Autowired
    TestDatabase testDatabase;

    @Test
    void every_endpoint_answers_404_to_another_brands_operator() throws Exception {
        PerformanceTable.create(testDatabase);
        UUID brandA = UUID.randomUUID();
        UUID brandB = UUID.randomUUID();
        JobResult result = ScorecardRuns.run(
                publisher,
                ScorecardRuns.request(brandB, Instant.parse("2026-02-09T17:00:00Z"), ScorecardParameters.defaults()));
        assertThat(result.status()).isEqualTo(ResultStatus.SUCCEEDED);

        List<String> walked = new CrossBrandWalk(port, brandB)
                .id("scorecards/{id}", result.summary().get("scorecard_id"))
                .walk(TestTokens.operator(brandA), TestTokens.viewer(brandB));

        assertThat(walked)
                .contains(
                        "GET /api/v1/scorecards/{id}.csv",
                        "GET /api/v1/scorecards/{id}.html",
                        "GET /api/v1/brands/{brandId}/scorecards");
    }
}
