package com.viraltracker.events.request;

import com.viraltracker.events.JobType;
import com.viraltracker.events.parameters.MetaSyncParameters;
import com.viraltracker.events.serde.SnakeCase;
import java.time.Instant;
import java.util.UUID;

/** A request for one meta_sync run on {@code viraltracker.jobs.meta_sync.v1}. */
@SnakeCase
public record MetaSyncRequested(
        UUID runId, UUID jobId, UUID brandId, Instant scheduledFor, int attempt, MetaSyncParameters parameters)
        implements JobRequested {

    public MetaSyncRequested {
        RequestChecks.requireEnvelope(runId, brandId, scheduledFor);
        // External producers may leave the attempt out; their first delivery is attempt 1.
        attempt = Math.max(attempt, 1);
        parameters = parameters == null ? MetaSyncParameters.defaults() : parameters;
    }

    @Override
    public JobType jobType() {
        return JobType.META_SYNC;
    }
}
