package com.viraltracker.support.web;

import com.viraltracker.events.parameters.FieldViolation;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/**
 * Bad input found by service code (not by bean validation); answered as a 400 problem naming each field, or a 422
 * when the input is well-formed but names something that cannot be used ({@link #unprocessable}).
 */
public class FieldProblemException extends RuntimeException {
    private final transient List<FieldViolation> violations;
    private final HttpStatus status;

    public FieldProblemException(List<FieldViolation> violations) {
        this(violations, HttpStatus.BAD_REQUEST);
    }

    private FieldProblemException(List<FieldViolation> violations, HttpStatus status) {
        super(violations.stream().map(FieldViolation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
        this.status = status;
    }

    /** A well-formed value the service cannot act on, such as an id another system does not know: a 422. */
    public static FieldProblemException unprocessable(String field, String reason) {
        return new FieldProblemException(List.of(new FieldViolation(field, reason)), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    public HttpStatus status() {
        return status;
    }

    public FieldProblemException(String field, String reason) {
        this(List.of(new FieldViolation(field, reason)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
