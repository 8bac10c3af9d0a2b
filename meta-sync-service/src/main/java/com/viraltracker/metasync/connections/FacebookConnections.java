package com.viraltracker.metasync.connections;

import com.viraltracker.metasync.tokens.SealedToken;
import com.viraltracker.metasync.tokens.SealedTokenTable;
import com.viraltracker.metasync.tokens.TokenCipher;
import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code facebook_connections} table. Tokens go in encrypted and come out only through {@link #tokenOf}, for
 * the calls made with them; nothing here returns one to the API. Key rotation re-encrypts them as a
 * {@link SealedTokenTable}.
 */
@Repository
public class FacebookConnections implements SealedTokenTable<ConnectionTokenBinding> {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String COLUMNS = """
            id, brand_id, facebook_user_id, facebook_user_name, scopes, granted_account_ids, expires_at,
            data_access_expires_at, valid, invalid_reason, checked_at, connected_at, connected_by""";
    /** Connecting again as the same Facebook user replaces the token in place: linked accounts stay linked. */
    private static final String UPSERT = """
            INSERT INTO facebook_connections (id, brand_id, facebook_user_id, facebook_user_name, scopes,
                   granted_account_ids, ciphertext, key_id, expires_at, data_access_expires_at, valid, invalid_reason,
                   checked_at, connected_at, connected_by)
            VALUES (:id, :brandId, :userId, :userName, :scopes, :granted, :ciphertext, :keyId, :expiresAt,
                    :dataAccessExpiresAt, true, NULL, :now, :now, :by)
            ON CONFLICT (brand_id, facebook_user_id) DO UPDATE
               SET facebook_user_name = EXCLUDED.facebook_user_name, scopes = EXCLUDED.scopes,
                   granted_account_ids = EXCLUDED.granted_account_ids, expires_at = EXCLUDED.expires_at,
                   data_access_expires_at = EXCLUDED.data_access_expires_at, valid = true, invalid_reason = NULL,
                   checked_at = EXCLUDED.checked_at, connected_at = EXCLUDED.connected_at,
                   connected_by = EXCLUDED.connected_by
            RETURNING id
            """;
    /** The token is sealed to the row's id, which is only known once the upsert chose it. */
    private static final String SET_TOKEN = """
            UPDATE facebook_connections SET ciphertext = :ciphertext, key_id = :keyId WHERE id = :id
            """;

    private static final String BY_BRAND =
            "SELECT " + COLUMNS + " FROM facebook_connections WHERE brand_id = :brandId ORDER BY connected_at";
    private static final String BY_ID =
            "SELECT " + COLUMNS + " FROM facebook_connections WHERE brand_id = :brandId AND id = :id";
    private static final String ALL = "SELECT " + COLUMNS + " FROM facebook_connections ORDER BY id";
    private static final String SEALED =
            "SELECT ciphertext, key_id FROM facebook_connections WHERE brand_id = :brandId AND id = :id";
    private static final String CHECKED = """
            UPDATE facebook_connections SET valid = :valid, invalid_reason = :reason, expires_at = :expiresAt,
                   data_access_expires_at = :dataAccessExpiresAt, checked_at = :now
             WHERE id = :id
            """;
    private static final String MARK_INVALID = """
            UPDATE facebook_connections SET valid = false, invalid_reason = :reason, checked_at = :now WHERE id = :id
            """;
    private static final String CLAIM = """
            SELECT id, brand_id, ciphertext, key_id FROM facebook_connections
             WHERE key_id <> :active AND id > :after
             ORDER BY id
             LIMIT :limit
               FOR UPDATE SKIP LOCKED
            """;
    private static final String RESEAL = """
            UPDATE facebook_connections SET ciphertext = :ciphertext, key_id = :keyId
             WHERE brand_id = :brandId AND id = :id
            """;
    /** Keyset paging from here: PostgreSQL orders uuids by unsigned bytes, so the nil uuid is the lowest. */
    private static final ConnectionTokenBinding BEFORE_EVERY_ROW =
            new ConnectionTokenBinding(new UUID(0L, 0L), new UUID(0L, 0L));

    private static final String DELETE = "DELETE FROM facebook_connections WHERE brand_id = :brandId AND id = :id";

    private final DatabaseClient database;
    private final TokenCipher cipher;
    private final Clock clock;
    private final FacebookLoginProperties properties;
    private final TransactionalOperator transactions;

    public FacebookConnections(
            DatabaseClient database,
            TokenCipher cipher,
            Clock clock,
            FacebookLoginProperties properties,
            ReactiveTransactionManager transactionManager) {
        this.database = database;
        this.transactions = TransactionalOperator.create(transactionManager);
        this.cipher = cipher;
        this.clock = clock;
        this.properties = properties;
    }

    /** What a finished login stores. */
    public record Grant(
            String facebookUserId,
            String facebookUserName,
            List<String> scopes,
            List<String> grantedAccountIds,
            Instant expiresAt,
            Instant dataAccessExpiresAt) {}

    /** Stores the connection (or renews the brand's connection to the same user) and emits its id. */
    public Mono<UUID> save(UUID brandId, Grant grant, String token, String by, Instant now) {
        UUID candidate = UUID.randomUUID();
        // Sealed to the candidate id; when the row already existed (the same user connected again) it keeps its id
        // and the token is sealed again to that id, in the same transaction.
        SealedToken placeholder = cipher.seal(token, new ConnectionTokenBinding(brandId, candidate));
        DatabaseClient.GenericExecuteSpec upsert = database.sql(UPSERT)
                .bind("id", candidate)
                .bind("brandId", brandId)
                .bind("userId", grant.facebookUserId())
                .bind("userName", grant.facebookUserName())
                .bind("scopes", grant.scopes().toArray(String[]::new))
                .bind("granted", grant.grantedAccountIds().toArray(String[]::new))
                .bind("ciphertext", placeholder.ciphertext())
                .bind("keyId", placeholder.keyId())
                .bind("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        upsert = bindInstant(upsert, "expiresAt", grant.expiresAt());
        upsert = bindInstant(upsert, "dataAccessExpiresAt", grant.dataAccessExpiresAt());
        upsert = by == null ? upsert.bindNull("by", String.class) : upsert.bind("by", by);
        return transactions.transactional(upsert.map(row -> row.get("id", UUID.class))
                .one()
                .flatMap(id -> {
                    SealedToken sealedToken = id.equals(candidate)
                            ? placeholder
                            : cipher.seal(token, new ConnectionTokenBinding(brandId, id));
                    return database.sql(SET_TOKEN)
                            .bind("ciphertext", sealedToken.ciphertext())
                            .bind("keyId", sealedToken.keyId())
                            .bind("id", id)
                            .fetch()
                            .rowsUpdated()
                            .thenReturn(id);
                }));
    }

    public Flux<FacebookConnection> findByBrand(UUID brandId) {
        return database.sql(BY_BRAND).bind("brandId", brandId).map(this::read).all();
    }

    public Mono<FacebookConnection> find(UUID brandId, UUID id) {
        return database.sql(BY_ID)
                .bind("brandId", brandId)
                .bind("id", id)
                .map(this::read)
                .one();
    }

    /** Every connection, for the daily expiry check. */
    public List<FacebookConnection> all() {
        return database.sql(ALL).map(this::read).all().collectList().block(TIMEOUT);
    }

    /** The connection's token, decrypted; empty when there is no such connection of the brand. */
    public Optional<String> tokenOf(UUID brandId, UUID id) {
        return database.sql(SEALED)
                .bind("brandId", brandId)
                .bind("id", id)
                .map(row -> new SealedToken(row.get("key_id", String.class), row.get("ciphertext", byte[].class)))
                .one()
                .blockOptional(TIMEOUT)
                .map(stored -> cipher.open(stored, new ConnectionTokenBinding(brandId, id)));
    }

    public Mono<Long> checked(
            UUID id, boolean valid, String reason, Instant expiresAt, Instant dataAccess, Instant now) {
        DatabaseClient.GenericExecuteSpec update = database.sql(CHECKED)
                .bind("id", id)
                .bind("valid", valid)
                .bind("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        update = reason == null ? update.bindNull("reason", String.class) : update.bind("reason", reason);
        update = bindInstant(update, "expiresAt", expiresAt);
        update = bindInstant(update, "dataAccessExpiresAt", dataAccess);
        return update.fetch().rowsUpdated();
    }

    /** Meta refused the connection's token during a sync: the brand is asked to reconnect from now on. */
    public void markInvalid(UUID id, String reason, Instant now) {
        database.sql(MARK_INVALID)
                .bind("id", id)
                .bind("reason", reason)
                .bind("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .fetch()
                .rowsUpdated()
                .block(TIMEOUT);
    }

    /** Deletes the connection; the accounts linked through it are unlinked with it (their stored data stays). */
    public Mono<Boolean> delete(UUID brandId, UUID id) {
        return database.sql(DELETE)
                .bind("brandId", brandId)
                .bind("id", id)
                .fetch()
                .rowsUpdated()
                .map(count -> count > 0);
    }

    @Override
    public String description() {
        return "Facebook connection tokens";
    }

    @Override
    public ConnectionTokenBinding start() {
        return BEFORE_EVERY_ROW;
    }

    @Override
    public Flux<Sealed<ConnectionTokenBinding>> claimNotUnder(
            String activeKeyId, ConnectionTokenBinding after, int limit) {
        return database.sql(CLAIM)
                .bind("active", activeKeyId)
                .bind("after", after.connectionId())
                .bind("limit", limit)
                .map(row -> new Sealed<>(
                        new ConnectionTokenBinding(row.get("brand_id", UUID.class), row.get("id", UUID.class)),
                        new SealedToken(row.get("key_id", String.class), row.get("ciphertext", byte[].class))))
                .all();
    }

    @Override
    public Mono<Long> replace(ConnectionTokenBinding owner, SealedToken fresh, Instant at) {
        return database.sql(RESEAL)
                .bind("ciphertext", fresh.ciphertext())
                .bind("keyId", fresh.keyId())
                .bind("brandId", owner.brandId())
                .bind("id", owner.connectionId())
                .fetch()
                .rowsUpdated();
    }

    private FacebookConnection read(Readable row) {
        boolean valid = Boolean.TRUE.equals(row.get("valid", Boolean.class));
        Instant expiresAt = instant(row, "expires_at");
        String status = FacebookConnection.status(valid, expiresAt, clock.instant(), properties.expiryWarning());
        return new FacebookConnection(
                row.get("id", UUID.class),
                row.get("brand_id", UUID.class),
                row.get("facebook_user_id", String.class),
                row.get("facebook_user_name", String.class),
                Arrays.asList(row.get("scopes", String[].class)),
                Arrays.asList(row.get("granted_account_ids", String[].class)),
                expiresAt,
                instant(row, "data_access_expires_at"),
                status,
                !status.equals("connected"),
                row.get("invalid_reason", String.class),
                instant(row, "checked_at"),
                instant(row, "connected_at"),
                row.get("connected_by", String.class));
    }

    private static Instant instant(Readable row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static DatabaseClient.GenericExecuteSpec bindInstant(
            DatabaseClient.GenericExecuteSpec spec, String name, Instant value) {
        return value == null
                ? spec.bindNull(name, OffsetDateTime.class)
                : spec.bind(name, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }
}
