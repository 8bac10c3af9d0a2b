package com.viraltracker.scheduler.dispatch;

import com.viraltracker.events.JobType;
import com.viraltracker.events.parameters.AdCreationParameters;
import com.viraltracker.events.parameters.JobParameters;
import com.viraltracker.events.parameters.MetaSyncParameters;
import com.viraltracker.events.parameters.ScorecardParameters;
import com.viraltracker.events.request.AdCreationRequested;
import com.viraltracker.events.request.JobRequested;
import com.viraltracker.events.request.MetaSyncRequested;
import com.viraltracker.events.request.ScorecardRequested;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Builds the typed request event of a queued run. */
public final class RunRequestFactory {
    private RunRequestFactory() {}

    /** @throws com.viraltracker.events.parameters.InvalidParametersException also when they name another brand */
    public static JobRequested request(
            UUID runId,
            UUID jobId,
            UUID brandId,
            JobType type,
            Instant scheduledFor,
            int attempt,
            Map<String, Object> parameters) {
        return request(
                runId, jobId, brandId, type, scheduledFor, attempt, JobParameters.parse(type, brandId, parameters));
    }

    public static JobRequested request(
            UUID runId,
            UUID jobId,
            UUID brandId,
            JobType type,
            Instant scheduledFor,
            int attempt,
            JobParameters typed) {
        return switch (type) {
            case META_SYNC ->
                new MetaSyncRequested(runId, jobId, brandId, scheduledFor, attempt, (MetaSyncParameters) typed);
            case SCORECARD ->
                new ScorecardRequested(runId, jobId, brandId, scheduledFor, attempt, (ScorecardParameters) typed);
            case AD_CREATION ->
                new AdCreationRequested(runId, jobId, brandId, scheduledFor, attempt, (AdCreationParameters) typed);
        };
    }
}
