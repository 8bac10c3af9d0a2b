package com.viraltracker.scorecard;

import com.viraltracker.events.Topics;
import com.viraltracker.events.parameters.ScorecardParameters;
import com.viraltracker.events.request.ScorecardRequested;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.serde.EventJson;
import com.viraltracker.support.kafka.EventPublisher;
import com.viraltracker.testing.TopicProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Requests scorecard runs on the real job topic and waits for their terminal result on the real result topic. */
public final class ScorecardRuns {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private ScorecardRuns() {}

    public static ScorecardParameters parameters(int daysBack, String minSpend, String exportEmail) {
        return new ScorecardParameters(
                daysBack,
                new BigDecimal(minSpend),
                exportEmail,
                ScorecardParameters.DEFAULT_TOP_PERFORMER_ROAS,
                ScorecardParameters.DEFAULT_NEEDS_ATTENTION_ROAS);
    }

    public static ScorecardRequested request(UUID brandId, Instant scheduledFor, ScorecardParameters parameters) {
        return new ScorecardRequested(UUID.randomUUID(), UUID.randomUUID(), brandId, scheduledFor, 1, parameters);
    }

    /** Publishes the request and returns the run's SUCCEEDED or FAILED result. */
    public static JobResult run(EventPublisher publisher, ScorecardRequested request) throws Exception {
        try (TopicProbe results = TopicProbe.fromNow(Topics.JOB_RESULTS)) {
            publisher.publish(request).get();
            var record = results.awaitOne(
                    r -> {
                        JobResult result = EventJson.mapper().readValue(r.value(), JobResult.class);
                        return result.runId().equals(request.runId())
                                && result.status().isTerminal()
                                && result.attempt() == request.attempt();
                    },
                    TIMEOUT);
            return EventJson.mapper().readValue(record.value(), JobResult.class);
        }
    }
}
