package com.viraltracker.console.signin;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The role a token names, as the services read it: viewers read, operators change their brands, admins anything. */
public enum Role {
    VIEWER("Viewer", "sees the brand's pages, changes nothing"),
    OPERATOR("Operator", "also schedules, runs, links and edits"),
    ADMIN("Admin", "every brand");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
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
