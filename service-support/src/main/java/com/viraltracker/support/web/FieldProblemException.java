package com.viraltracker.support.web;

import com.viraltracker.events.parameters.FieldViolation;
import java.util.List;
import java.util.stream.Collectors;

/** Bad input found by service code (not by bean validation); answered as a 400 problem naming each field. */
public class FieldProblemException extends RuntimeException {
    private final transient List<FieldViolation> violations;

    public FieldProblemException(List<FieldViolation> violations) {
        super(violations.stream().map(FieldViolation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public FieldProblemException(String field, String reason) {
        this(List.of(new FieldViolation(field, reason)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
