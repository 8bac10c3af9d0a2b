package com.viraltracker.events.serde;

import com.viraltracker.events.parameters.InvalidParametersException;

/**
 * A well-formed request whose parameters break the job type's rules. Unlike a malformed message it has a run
 * id, so the worker reports it as a failed run (INVALID_INPUT) instead of dead-lettering it.
 */
public class RejectedJobRequestException extends RuntimeException {
    private final transient JobEnvelope envelope;

    public RejectedJobRequestException(JobEnvelope envelope, InvalidParametersException cause) {
        super(cause.getMessage(), cause);
        this.envelope = envelope;
    }

    public JobEnvelope envelope() {
        return envelope;
    }

    public InvalidParametersException violations() {
        return (InvalidParametersException) getCause();
    }
}
