package com.viraltracker.console.signin;

import java.util.Set;
import java.util.UUID;

/**
 * The signed-in person: who, with which role, for which brands, and the access token the console calls the
 * services with. The token lives only here, in the server-side session; it is never rendered or logged.
 */
public record ConsoleUser(String subject, Role role, Set<UUID> brands, String accessToken) {
    public ConsoleUser {
        brands = Set.copyOf(brands);
    }

    /** Whether the user may open the brand's pages (the services would answer its data). */
    public boolean maySee(UUID brand) {
        return role == Role.ADMIN || brands.contains(brand);
    }

    /** Whether the user may press the brand's buttons: schedule, run, link, upload, rename. */
    public boolean mayChange(UUID brand) {
        return maySee(brand) && role != Role.VIEWER;
    }

    public boolean admin() {
        return role == Role.ADMIN;
    }

    /** Records print every component; this one would print the token wherever the user is logged. */
    @Override
    public String toString() {
        return "ConsoleUser[" + subject + ", " + role.claim() + ", brands=" + brands + "]";
    }
}
