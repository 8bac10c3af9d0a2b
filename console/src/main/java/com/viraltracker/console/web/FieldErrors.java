package com.viraltracker.console.web;

import com.viraltracker.console.api.ApiProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A service's refusal as a form shows it: each reason under the input the service named (inputs are named in
 * snake_case; {@code daysBack} and {@code parameters.days_back} are both {@code days_back}), and under
 * {@code general} the detail, or a reason for a field the form does not have.
 */
public final class FieldErrors {
    private FieldErrors() {}

    public static Map<String, String> of(ApiProblemException problem, String general, String... inputs) {
        List<String> known = List.of(inputs);
        Map<String, String> errors = new LinkedHashMap<>();
        problem.byField().forEach((field, reason) -> {
            String name = formName(field);
            String key = known.contains(name) ? name : general;
            String text = key.equals(general) ? field + " " + reason : reason;
            errors.merge(key, text, (a, b) -> a + "; " + b);
        });
        if (errors.isEmpty()) {
            errors.put(
                    general,
                    problem.detail().isBlank()
                            ? "The request was refused (" + problem.status() + ")."
                            : problem.detail());
        }
        return errors;
    }

    static String formName(String field) {
        String name = field.startsWith("parameters.") ? field.substring("parameters.".length()) : field;
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
