package com.viraltracker.events.request;

import com.viraltracker.events.JobType;
import com.viraltracker.events.parameters.AdCreationParameters;
import com.viraltracker.events.serde.SnakeCase;
import java.time.Instant;
import java.util.UUID;

/** A request for one ad_creation run on {@code viraltracker.jobs.ad_creation.v1}. */
@SnakeCase
public record AdCreationRequested(
        UUID runId, UUID jobId, UUID brandId, Instant scheduledFor, int attempt, AdCreationParameters parameters)
        implements JobRequested {

    public AdCreationRequested {
        RequestChecks.requireEnvelope(runId, brandId, scheduledFor);
        // External producers may leave the attempt out; their first delivery is attempt 1.
        attempt = Math.max(attempt, 1);
        if (parameters == null) {
            throw new IllegalArgumentException("parameters are required: product_id and template_mode");
        }
    }

    @Override
    public JobType jobType() {
        return JobType.AD_CREATION;
    }
}
