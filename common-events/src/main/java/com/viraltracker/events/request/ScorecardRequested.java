package com.viraltracker.events.request;

import com.viraltracker.events.JobType;
import com.viraltracker.events.parameters.ScorecardParameters;
import com.viraltracker.events.serde.SnakeCase;
import java.time.Instant;
import java.util.UUID;

/** A request for one scorecard run on {@code viraltracker.jobs.scorecard.v1}. */
@SnakeCase
public record ScorecardRequested(
        UUID runId, UUID jobId, UUID brandId, Instant scheduledFor, int attempt, ScorecardParameters parameters)
        implements JobRequested {

    public ScorecardRequested {
        RequestChecks.requireEnvelope(runId, brandId, scheduledFor);
        // External producers may leave the attempt out; their first delivery is attempt 1.
        attempt = Math.max(attempt, 1);
        parameters = parameters == null ? ScorecardParameters.defaults() : parameters;
    }

    @Override
    public JobType jobType() {
        return JobType.SCORECARD;
    }
}
