package com.viraltracker.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.result.ResultStatus;
import com.viraltracker.support.kafka.EventPublisher;
import com.viraltracker.testing.ServiceHarnessContract;
import com.viraltracker.testing.openapi.OpenApiConformance;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;

class ScorecardHarnessTest extends ServiceHarnessContract {
    @Autowired
    EventPublisher publisher;

    @Override
    protected String schema() {
        return "scorecard";
    }

    /**
     * Only a run stores a scorecard: one for a brand without data (the read seam into meta-sync's tables made as in
     * the other scorecard tests) gives the reads one to show.
     */
    @Override
    protected OpenApiConformance conformance(OpenApiConformance conformance) {
        PerformanceTable.create(testDatabase);
        try {
            JobResult result = ScorecardRuns.run(
                    publisher,
                    ScorecardRuns.request(UUID.randomUUID(), Instant.now(), ScorecardRuns.parameters(7, "10.0", null)));
            assertThat(result.status()).as("%s", result).isEqualTo(ResultStatus.SUCCEEDED);
            return conformance.pathValue("id", result.summary().get("scorecard_id"));
        } catch (Exception e) {
            throw new AssertionError("the scorecard run did not finish", e);
        }
    }
}
