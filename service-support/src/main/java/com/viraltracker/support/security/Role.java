package com.viraltracker.support.security;

import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a caller may do: read (viewer), change its brands' resources (operator), or anything on any brand (admin). */
public enum Role {
    VIEWER,
    OPERATOR,
    ADMIN;

    /** The value of the token's {@code role} claim. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    SimpleGrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }

    public static Optional<Role> fromClaim(Object value) {
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        for (Role role : values()) {
            if (role.claimValue().equals(text)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
