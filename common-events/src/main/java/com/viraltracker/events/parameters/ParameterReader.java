package com.viraltracker.events.parameters;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads raw JSON values (as Jackson binds them to {@code Object}) into typed parameters, collecting every
 * violation instead of stopping at the first, so that one error names every bad field.
 */
final class ParameterReader {
    // Deliberately simple: one @, no spaces, a dot in the domain. Full RFC 5322 accepts addresses no
    // mail host will deliver to, and these are addresses people type into a form.
    private static final Pattern EMAIL =
            Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");
    private static final int MAX_EMAIL_LENGTH = 254;

    private final List<FieldViolation> violations = new ArrayList<>();

    int integer(String field, Object raw, int defaultValue, int min, int max) {
        if (raw == null) {
            return defaultValue;
        }
        BigDecimal value = number(field, raw);
        if (value == null) {
            return defaultValue;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            return reject(field, "must be a whole number", defaultValue);
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            return reject(field, "must be between " + min + " and " + max, defaultValue);
        }
        return value.intValueExact();
    }

    BigDecimal decimal(String field, Object raw, BigDecimal defaultValue, BigDecimal min, BigDecimal max) {
        if (raw == null) {
            return defaultValue;
        }
        BigDecimal value = number(field, raw);
        if (value == null) {
            return defaultValue;
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return reject(
                    field, "must be between " + min.toPlainString() + " and " + max.toPlainString(), defaultValue);
        }
        return value;
    }

    String email(String field, Object raw) {
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            return null;
        }
        if (!(raw instanceof String address)) {
            return reject(field, "must be an e-mail address", null);
        }
        String trimmed = address.trim();
        if (trimmed.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(trimmed).matches()) {
            return reject(field, "must be a valid e-mail address", null);
        }
        return trimmed;
    }

    UUID uuid(String field, Object raw, boolean required) {
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            return required ? reject(field, "is required", null) : null;
        }
        if (raw instanceof String text) {
            try {
                return UUID.fromString(text.trim());
            } catch (IllegalArgumentException e) {
                // fall through to the violation below
            }
        }
        return reject(field, "must be a UUID", null);
    }

    List<UUID> uuids(String field, Object raw) {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof Collection<?> items)) {
            return reject(field, "must be a list of UUIDs", List.of());
        }
        List<UUID> result = new ArrayList<>();
        int index = 0;
        for (Object item : items) {
            UUID id = uuid(field + "[" + index++ + "]", item, true);
            if (id != null) {
                result.add(id);
            }
        }
        return List.copyOf(result);
    }

    <E extends Enum<E>> E choice(
            String field, Object raw, Class<E> type, Function<E, String> wireName, E defaultValue, boolean required) {
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            return required ? reject(field, "is required", null) : defaultValue;
        }
        E[] constants = type.getEnumConstants();
        if (raw instanceof String text) {
            String wanted = text.trim().toLowerCase(Locale.ROOT);
            for (E constant : constants) {
                if (wireName.apply(constant).equals(wanted)) {
                    return constant;
                }
            }
        }
        return reject(
                field,
                "must be one of " + Arrays.stream(constants).map(wireName).toList(),
                defaultValue);
    }

    void require(boolean condition, String field, String reason) {
        if (!condition) {
            violations.add(new FieldViolation(field, reason));
        }
    }

    void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new InvalidParametersException(violations);
        }
    }

    private BigDecimal number(String field, Object raw) {
        if (raw instanceof Number number) {
            try {
                return new BigDecimal(number.toString());
            } catch (NumberFormatException e) {
                return reject(field, "must be a finite number", null);
            }
        }
        if (raw instanceof String text) {
            // jsonb written by hand often quotes numbers; accept "7" as 7.
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                return reject(field, "must be a number", null);
            }
        }
        return reject(field, "must be a number", null);
    }

    private <T> T reject(String field, String reason, T fallback) {
        violations.add(new FieldViolation(field, reason));
        return fallback;
    }
}
