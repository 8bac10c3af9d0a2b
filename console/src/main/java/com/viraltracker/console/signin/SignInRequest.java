package com.viraltracker.console.signin;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.util.MultiValueMap;

/**
 * The local sign-in form: a name, a role, and the brand (one picked from the list, or an id typed in). Reading it
 * either gives the user to sign in or each field's reason.
 */
record SignInRequest(String name, Role role, Set<UUID> brands, Map<String, String> errors) {
    static final String DEFAULT_NAME = "local-user";

    static SignInRequest read(MultiValueMap<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = Optional.ofNullable(form.getFirst("name"))
                .map(text -> text.trim().replaceAll("[^A-Za-z0-9._@ -]", "_"))
                .filter(text -> !text.isEmpty())
                .orElse(DEFAULT_NAME);
        if (name.length() > 80) {
            errors.put("name", "Use at most 80 characters.");
        }
        Role role = Role.ofClaim(form.getFirst("role")).orElse(null);
        if (role == null) {
            errors.put("role", "Choose viewer, operator or admin.");
        }
        Set<UUID> brands = new LinkedHashSet<>();
        String picked = Optional.ofNullable(form.getFirst("brand")).orElse("").trim();
        if (!picked.isEmpty()) {
            brand(picked, "brand", brands, errors);
        }
        for (String typed :
                Optional.ofNullable(form.getFirst("other_brand")).orElse("").split(",")) {
            if (!typed.isBlank()) {
                brand(typed.trim(), "other_brand", brands, errors);
            }
        }
        if (brands.isEmpty() && role != Role.ADMIN && errors.isEmpty()) {
            errors.put("brand", "Choose a brand (an admin needs none).");
        }
        return new SignInRequest(name, role, brands, errors);
    }

    private static void brand(String text, String field, Set<UUID> brands, Map<String, String> errors) {
        try {
            brands.add(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            errors.put(field, "A brand id looks like bc8461a8-232d-4765-8775-c75eaafc5503, not " + text + ".");
        }
    }

    boolean valid() {
        return errors.isEmpty();
    }
}
