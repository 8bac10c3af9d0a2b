package com.viraltracker.support.web;

import java.beans.PropertyEditorSupport;

/**
 * Text bound from the request line, headers or form fields ({@code @RequestParam}, {@code @PathVariable},
 * {@code @RequestHeader}, {@code @ModelAttribute} fields of type String), checked as JSON text is by
 * {@link StorableInputModule}. Registered for every controller by {@link ProblemDetailsAdvice}.
 */
final class StorableTextEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        String problem = text == null ? null : StorableInput.textProblem(text);
        if (problem != null) {
            throw new UnstorableTextException(problem);
        }
        setValue(text);
    }

    /** An IllegalArgumentException, so Spring reports it as the parameter's type mismatch with this as cause. */
    static final class UnstorableTextException extends IllegalArgumentException {
        UnstorableTextException(String reason) {
            super(reason);
        }
    }
}
