package com.viraltracker.events.serde;

import com.viraltracker.events.parameters.FieldViolation;
import com.viraltracker.events.parameters.InvalidParametersException;
import java.util.ArrayList;
import java.util.List;

/**
 * A well-formed request that breaks the rules: invalid parameters, or a brand other than its own named in its
 * parameters or its Kafka key. Unlike a malformed message it has a run id, so the worker reports it as a failed run
 * (INVALID_INPUT) instead of dead-lettering it.
 */
public class RejectedJobRequestException extends RuntimeException {
    /** The name of the violation for a Kafka key that is not the request's brand_id. */
    public static final String KEY = "key";

    private final transient JobEnvelope envelope;
    private final transient List<FieldViolation> violations;

    private RejectedJobRequestException(
            JobEnvelope envelope, String message, InvalidParametersException cause, List<FieldViolation> violations) {
        super(message, cause);
        this.envelope = envelope;
        this.violations = List.copyOf(violations);
    }

    /** A request whose parameters break the job type's rules or the brand rule. */
    public static RejectedJobRequestException invalidParameters(
            JobEnvelope envelope, InvalidParametersException cause) {
        return new RejectedJobRequestException(envelope, cause.getMessage(), cause, cause.violations());
    }

    /** A request whose Kafka key names another brand; {@code parameters} says what else is wrong, if anything. */
    public static RejectedJobRequestException keyOfAnotherBrand(
            JobEnvelope envelope, InvalidParametersException parameters) {
        List<FieldViolation> all = new ArrayList<>();
        // The key itself is not repeated: it is whatever bytes a producer chose, and the message is stored and shown.
        all.add(new FieldViolation(KEY, "is not the request's brand_id " + envelope.brandId()));
        String message = "invalid request: its Kafka key is not its brand_id " + envelope.brandId()
                + "; key each request by the brand it is for";
        if (parameters != null) {
            all.addAll(parameters.violations());
            message += "; " + parameters.getMessage();
        }
        return new RejectedJobRequestException(envelope, message, parameters, all);
    }

    public JobEnvelope envelope() {
        return envelope;
    }

    /** Every broken rule: parameters by their name inside {@code parameters}, the Kafka key as {@link #KEY}. */
    public List<FieldViolation> violations() {
        return violations;
    }
}
