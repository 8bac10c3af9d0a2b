package com.viraltracker.console.signin;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The role a token names, as the services read it: viewers read, operators change their brands, admins anything. */
public enum Role {
    VIEWER("Viewer — sees the brand's pages"),
    OPERATOR("Operator — also schedules, runs and edits"),
    ADMIN("Admin — every brand");

    private final String description;

    Role(String description) {
        this.description = description;
    }

    /** How the {@code role} claim spells it. */
    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    public static Optional<Role> ofClaim(Object claim) {
        return Arrays.stream(values())
                .filter(role -> role.claim().equals(claim))
                .findFirst();
    }
}
