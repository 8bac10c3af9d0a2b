package com.viraltracker.events.request;

import com.viraltracker.events.JobType;
import com.viraltracker.events.parameters.JobParameters;
import com.viraltracker.events.serde.JobEnvelope;
import java.time.Instant;
import java.util.UUID;

/**
 * A request for one run of a job, as it travels on the job type's topic. Anyone may produce one; the run id
 * makes the work idempotent.
 */
public sealed interface JobRequested permits MetaSyncRequested, ScorecardRequested, AdCreationRequested {

    /** Identifies this run everywhere: job_runs, results, the CloudEvents id. */
    UUID runId();

    /** The schedule this run belongs to; absent when another system requested the work directly. */
    UUID jobId();

    /** The tenant; also the Kafka key, so one brand's work stays in order. */
    UUID brandId();

    /** The occurrence this run is for (the due time, or the request time for manual runs). */
    Instant scheduledFor();

    /** 1 for the first delivery of this run; higher when the run was re-dispatched. */
    int attempt();

    JobParameters parameters();

    JobType jobType();

    /** The identity of this run, as a result repeats it. */
    default JobEnvelope envelope() {
        return new JobEnvelope(jobType(), runId(), jobId(), brandId(), scheduledFor(), attempt());
    }
}
