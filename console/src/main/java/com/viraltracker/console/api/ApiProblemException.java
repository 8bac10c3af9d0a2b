package com.viraltracker.console.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service refused a request with an RFC 9457 problem (400, 403, 409, 429 ...): the form shows each field's
 * reason next to that field and the detail above it.
 */
public class ApiProblemException extends RuntimeException {
    private final int status;
    private final String detail;
    private final List<FieldError> errors;

    public ApiProblemException(int status, String detail, List<FieldError> errors) {
        super(status + " " + detail, null, false, false);
        this.status = status;
        this.detail = detail == null ? "" : detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Each named field's reasons, joined; the page looks its inputs up here. */
    public Map<String, String> byField() {
        Map<String, String> fields = new LinkedHashMap<>();
        errors.forEach(error -> fields.merge(error.field(), error.reason(), (a, b) -> a + "; " + b));
        return fields;
    }

    /** One field the problem named, as the service spelled it. */
    public record FieldError(String field, String reason) {}
}
