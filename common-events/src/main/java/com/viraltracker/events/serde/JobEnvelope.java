package com.viraltracker.events.serde;

import com.viraltracker.events.JobType;
import java.time.Instant;
import java.util.UUID;

/**
 * The identity of a run: what a result repeats of its request, and what can be read of a request even when its
 * parameters cannot.
 */
public record JobEnvelope(JobType jobType, UUID runId, UUID jobId, UUID brandId, Instant scheduledFor, int attempt) {}
