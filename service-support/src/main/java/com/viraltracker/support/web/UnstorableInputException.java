package com.viraltracker.support.web;

import com.viraltracker.events.parameters.FieldViolation;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value that parsed but that PostgreSQL could not store as sent ({@link StorableInput}); the problem
 * handler answers it as a 400 naming the field by its path in the body ({@code parameters.note}, {@code
 * benefits[2]}).
 */
public final class UnstorableInputException extends MismatchedInputException {
    private final transient FieldViolation violation;

    UnstorableInputException(JsonParser parser, FieldViolation violation) {
        super(parser, violation.toString());
        this.violation = violation;
    }

    public FieldViolation violation() {
        return violation;
    }
}
