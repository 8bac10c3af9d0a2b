package com.viraltracker.metasync.connections;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The {@code state} of logins in progress ({@code facebook_login_states}): 32 random bytes, given to the dialog and
 * stored only as their SHA-256, so a database reader cannot finish someone's login. Taking a state deletes it, so
 * it works once; an expired one is refused (and swept when the next login starts).
 */
@Repository
public class LoginStates {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String INSERT = """
            INSERT INTO facebook_login_states (state_hash, brand_id, started_by, reconnect_id, created_at, expires_at)
            VALUES (:hash, :brandId, :startedBy, :reconnectId, :createdAt, :expiresAt)
            """;
    private static final String TAKE = """
            DELETE FROM facebook_login_states WHERE state_hash = :hash
            RETURNING brand_id, started_by, reconnect_id, expires_at
            """;
    private static final String SWEEP = "DELETE FROM facebook_login_states WHERE expires_at < :now";

    private final DatabaseClient database;

    public LoginStates(DatabaseClient database) {
        this.database = database;
    }

    /** A login started for the brand by {@code startedBy}; {@code reconnectId} when it renews that connection. */
    public record Started(UUID brandId, String startedBy, UUID reconnectId, Instant expiresAt) {}

    /** Stores a new state and emits its value (to send to the dialog, never stored). */
    public Mono<String> start(UUID brandId, String startedBy, UUID reconnectId, Instant now, Duration lifetime) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        DatabaseClient.GenericExecuteSpec insert = database.sql(INSERT)
                .bind("hash", hash(state))
                .bind("brandId", brandId)
                .bind("startedBy", startedBy)
                .bind("createdAt", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .bind("expiresAt", OffsetDateTime.ofInstant(now.plus(lifetime), ZoneOffset.UTC));
        insert = reconnectId == null
                ? insert.bindNull("reconnectId", UUID.class)
                : insert.bind("reconnectId", reconnectId);
        return database.sql(SWEEP)
                .bind("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .fetch()
                .rowsUpdated()
                .then(insert.fetch().rowsUpdated())
                .thenReturn(state);
    }

    /** Takes the state (it cannot be used again); empty when it is unknown, used or expired. */
    public Mono<Optional<Started>> take(String state, Instant now) {
        if (state == null || state.isBlank() || state.length() > 200) {
            return Mono.just(Optional.empty());
        }
        return database.sql(TAKE)
                .bind("hash", hash(state))
                .map(row -> new Started(
                        row.get("brand_id", UUID.class),
                        row.get("started_by", String.class),
                        row.get("reconnect_id", UUID.class),
                        row.get("expires_at", OffsetDateTime.class).toInstant()))
                .one()
                .map(started -> started.expiresAt().isAfter(now) ? Optional.of(started) : Optional.<Started>empty())
                .defaultIfEmpty(Optional.empty());
    }

    static byte[] hash(String state) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
