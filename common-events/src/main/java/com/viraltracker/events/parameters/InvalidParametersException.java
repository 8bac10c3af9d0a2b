package com.viraltracker.events.parameters;

import java.util.List;
import java.util.stream.Collectors;

/** Parameters that break the job type's rules; names every bad field at once. */
public class InvalidParametersException extends IllegalArgumentException {
    private final transient List<FieldViolation> violations;

    public InvalidParametersException(List<FieldViolation> violations) {
        super("invalid parameters: "
                + violations.stream().map(FieldViolation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
