package com.viraltracker.support.security;

import com.viraltracker.support.web.StorableInput;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Who is calling, read from a verified access token: its subject, its role and the brands it may act on.
 * An admin acts on every brand whatever its {@code brands} claim says.
 *
 * @param subject the token's {@code sub}: who the caller is, recorded as {@code created_by} / {@code updated_by} on
 *                what they change
 */
public record Caller(String subject, Role role, Set<UUID> brands) {
    public static final String ROLE_CLAIM = "role";
    public static final String BRANDS_CLAIM = "brands";
    /** Issuers' subjects are ids or e-mail addresses; this bounds what is stored beside every change. */
    public static final int MAX_SUBJECT_LENGTH = 255;

    public Caller {
        brands = Set.copyOf(brands);
    }

    public boolean mayActOn(UUID brandId) {
        return role == Role.ADMIN || brands.contains(brandId);
    }

    /**
     * The caller a token describes; a token without a subject or a known role, or with a malformed brand list, is
     * refused: every change must be attributable to someone.
     */
    static Caller from(Jwt jwt) {
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new InvalidBearerTokenException("the token has no sub claim naming the caller");
        }
        if (subject.length() > MAX_SUBJECT_LENGTH || StorableInput.textProblem(subject) != null) {
            throw new InvalidBearerTokenException(
                    "the token's sub claim must be at most " + MAX_SUBJECT_LENGTH + " characters of storable text");
        }
        Role role = Role.fromClaim(jwt.getClaims().get(ROLE_CLAIM))
                .orElseThrow(() -> new InvalidBearerTokenException(
                        "the token's role claim must be one of viewer, operator, admin"));
        Object claim = jwt.getClaims().get(BRANDS_CLAIM);
        Set<UUID> brands = new LinkedHashSet<>();
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                brands.add(brandId(value));
            }
        } else if (claim != null) {
            throw new InvalidBearerTokenException("the token's brands claim must be an array of brand UUIDs");
        }
        return new Caller(subject, role, brands);
    }

    private static UUID brandId(Object value) {
        try {
            return UUID.fromString(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException("the token's brands claim must be an array of brand UUIDs");
        }
    }
}
