package com.viraltracker.events.serde;

import com.viraltracker.events.JobType;
import java.time.Instant;
import java.util.UUID;

/** The identity of a job request, readable even when its parameters are not. */
public record JobEnvelope(JobType jobType, UUID runId, UUID jobId, UUID brandId, Instant scheduledFor, int attempt) {}
