package com.viraltracker.metasync.tokens;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code ad_account_tokens} table: per-account access tokens, only ever encrypted. Nothing here returns a
 * token to the API; {@link #tokenOf} is for the sync.
 */
@Repository
public class AccountTokens implements SealedTokenTable<TokenOwner> {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String UPSERT = """
            INSERT INTO ad_account_tokens (brand_id, ad_account_id, ciphertext, key_id, set_at)
            VALUES (:brandId, :adAccountId, :ciphertext, :keyId, :setAt)
            ON CONFLICT (brand_id, ad_account_id) DO UPDATE
               SET ciphertext = EXCLUDED.ciphertext, key_id = EXCLUDED.key_id, set_at = EXCLUDED.set_at,
                   rotated_at = NULL
            """;
    private static final String BY_OWNER = """
            SELECT ciphertext, key_id FROM ad_account_tokens WHERE brand_id = :brandId AND ad_account_id = :adAccountId
            """;
    private static final String CLAIM = """
            SELECT brand_id, ad_account_id, ciphertext, key_id FROM ad_account_tokens
             WHERE key_id <> :active AND (brand_id, ad_account_id) > (:afterBrand, :afterAccount)
             ORDER BY brand_id, ad_account_id
             LIMIT :limit
               FOR UPDATE SKIP LOCKED
            """;
    private static final String RESEAL = """
            UPDATE ad_account_tokens SET ciphertext = :ciphertext, key_id = :keyId, rotated_at = :at
             WHERE brand_id = :brandId AND ad_account_id = :adAccountId
            """;
    /** Keyset paging from here: PostgreSQL orders uuids by unsigned bytes, so the nil uuid is the lowest. */
    private static final TokenOwner BEFORE_EVERY_ROW = new TokenOwner(new UUID(0L, 0L), "");
    /** Facebook connections' tokens are sealed under the same keys, so a key they need is in use too. */
    private static final String KEY_IDS =
            "SELECT key_id FROM ad_account_tokens UNION SELECT key_id FROM facebook_connections";

    private final DatabaseClient database;
    private final TokenCipher cipher;

    public AccountTokens(DatabaseClient database, TokenCipher cipher) {
        this.database = database;
        this.cipher = cipher;
    }

    /** Encrypts and stores the account's token (replacing an earlier one); emits when it was set. */
    public Mono<Instant> store(TokenOwner owner, String token, Instant at) {
        SealedToken sealed = cipher.seal(token, owner);
        return database.sql(UPSERT)
                .bind("brandId", owner.brandId())
                .bind("adAccountId", owner.adAccountId())
                .bind("ciphertext", sealed.ciphertext())
                .bind("keyId", sealed.keyId())
                .bind("setAt", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .fetch()
                .rowsUpdated()
                .thenReturn(at);
    }

    /**
     * The account's own token, decrypted; empty when it has none (the system user's token applies).
     *
     * @throws TokenUnreadableException when it is stored but cannot be decrypted
     */
    public Optional<String> tokenOf(TokenOwner owner) {
        return database.sql(BY_OWNER)
                .bind("brandId", owner.brandId())
                .bind("adAccountId", owner.adAccountId())
                .map(row -> new SealedToken(row.get("key_id", String.class), row.get("ciphertext", byte[].class)))
                .one()
                .blockOptional(TIMEOUT)
                .map(stored -> cipher.open(stored, owner));
    }

    /** The ids of the keys stored tokens (per-account and Facebook connections') are encrypted under. */
    public Set<String> keyIdsInUse() {
        return new TreeSet<>(database.sql(KEY_IDS)
                .map(row -> row.get("key_id", String.class))
                .all()
                .collectList()
                .block(TIMEOUT));
    }

    @Override
    public String description() {
        return "ad-account tokens";
    }

    @Override
    public TokenOwner start() {
        return BEFORE_EVERY_ROW;
    }

    @Override
    public Flux<Sealed<TokenOwner>> claimNotUnder(String activeKeyId, TokenOwner after, int limit) {
        return database.sql(CLAIM)
                .bind("active", activeKeyId)
                .bind("afterBrand", after.brandId())
                .bind("afterAccount", after.adAccountId())
                .bind("limit", limit)
                .map(row -> new Sealed<>(
                        new TokenOwner(row.get("brand_id", UUID.class), row.get("ad_account_id", String.class)),
                        new SealedToken(row.get("key_id", String.class), row.get("ciphertext", byte[].class))))
                .all();
    }

    @Override
    public Mono<Long> replace(TokenOwner owner, SealedToken fresh, Instant at) {
        return database.sql(RESEAL)
                .bind("ciphertext", fresh.ciphertext())
                .bind("keyId", fresh.keyId())
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .bind("brandId", owner.brandId())
                .bind("adAccountId", owner.adAccountId())
                .fetch()
                .rowsUpdated();
    }
}
