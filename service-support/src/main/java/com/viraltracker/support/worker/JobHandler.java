package com.viraltracker.support.worker;

import com.viraltracker.events.JobType;
import com.viraltracker.events.request.JobRequested;
import java.util.Map;

/**
 * The work of one job type. The scaffolding around it consumes the request, reports STARTED, runs this,
 * reports SUCCEEDED or FAILED, and dead-letters what cannot be read. Implementations must be idempotent
 * by run id: a run can be delivered again (upsert by natural keys, never blind inserts).
 *
 * @param <R> the request record of {@link #jobType()}
 */
public interface JobHandler<R extends JobRequested> {

    JobType jobType();

    /**
     * Does the work, blocking the listener thread until it is done.
     *
     * @return a small summary for the run history (counts, ranges), never secrets
     * @throws JobFailedException with a category and a message a person can act on
     */
    Map<String, Object> handle(R request);
}
