package com.viraltracker.metasync.accounts;

import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The {@code brand_ad_accounts} table (primary key brand_id, ad_account_id). */
@Repository
public class BrandAdAccounts {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String COLUMNS = """
            a.brand_id, a.ad_account_id, a.name, a.currency, a.time_zone, a.account_status, a.linked_at,
            a.last_synced_at, t.set_at AS access_token_set_at, a.connection_id, a.created_by, a.updated_by""";
    /** Only whether (and when) a token was set is read here; tokens stay in AccountTokens. */
    private static final String UPSERT = """
            WITH a AS (
                INSERT INTO brand_ad_accounts (brand_id, ad_account_id, name, currency, time_zone, account_status,
                                               linked_at, connection_id, created_by, updated_by)
                VALUES (:brandId, :adAccountId, :name, :currency, :timeZone, :accountStatus, :linkedAt,
                        :connectionId, :by, :by)
                ON CONFLICT (brand_id, ad_account_id) DO UPDATE
                   SET name = EXCLUDED.name, currency = EXCLUDED.currency, time_zone = EXCLUDED.time_zone,
                       account_status = EXCLUDED.account_status, connection_id = EXCLUDED.connection_id,
                       updated_by = EXCLUDED.updated_by
                RETURNING *, (xmax = 0) AS inserted
            )
            SELECT %s, a.inserted FROM a
              LEFT JOIN ad_account_tokens t ON t.brand_id = a.brand_id AND t.ad_account_id = a.ad_account_id
            """.formatted(COLUMNS);

    private static final String BY_BRAND = """
            SELECT %s FROM brand_ad_accounts a
              LEFT JOIN ad_account_tokens t ON t.brand_id = a.brand_id AND t.ad_account_id = a.ad_account_id
             WHERE a.brand_id = :brandId ORDER BY a.ad_account_id
            """.formatted(COLUMNS);
    private static final String DELETE = """
            DELETE FROM brand_ad_accounts WHERE brand_id = :brandId AND ad_account_id = :adAccountId
            """;
    private static final String MARK_SYNCED = """
            UPDATE brand_ad_accounts SET last_synced_at = :at, restating_since = :restatingSince
             WHERE brand_id = :brandId AND ad_account_id = :adAccountId
            """;
    private static final String RESTATING_SINCE = """
            SELECT restating_since FROM brand_ad_accounts WHERE brand_id = :brandId AND ad_account_id = :adAccountId
            """;

    private final DatabaseClient database;

    public BrandAdAccounts(DatabaseClient database) {
        this.database = database;
    }

    /** The link as stored, and whether it is new. */
    public record Saved(BrandAdAccount account, boolean created) {}

    /** @param by the token subject of who links it */
    public Mono<Saved> save(BrandAdAccount account, String by) {
        DatabaseClient.GenericExecuteSpec upsert = database.sql(UPSERT);
        upsert = account.connectionId() == null
                ? upsert.bindNull("connectionId", UUID.class)
                : upsert.bind("connectionId", account.connectionId());
        return upsert.bind("by", by)
                .bind("brandId", account.brandId())
                .bind("adAccountId", account.adAccountId())
                .bind("name", account.name())
                .bind("currency", account.currency())
                .bind("timeZone", account.timeZone())
                .bind("accountStatus", account.accountStatus())
                .bind("linkedAt", OffsetDateTime.ofInstant(account.linkedAt(), ZoneOffset.UTC))
                .map(row -> new Saved(read(row), Boolean.TRUE.equals(row.get("inserted", Boolean.class))))
                .one();
    }

    public Flux<BrandAdAccount> findByBrand(UUID brandId) {
        return database.sql(BY_BRAND)
                .bind("brandId", brandId)
                .map(BrandAdAccounts::read)
                .all();
    }

    public List<BrandAdAccount> findByBrandBlocking(UUID brandId) {
        return findByBrand(brandId).collectList().block(TIMEOUT);
    }

    public Mono<Boolean> delete(UUID brandId, String adAccountId) {
        return database.sql(DELETE)
                .bind("brandId", brandId)
                .bind("adAccountId", adAccountId)
                .fetch()
                .rowsUpdated()
                .map(count -> count > 0);
    }

    /**
     * The oldest stored day of the account that Meta may still revise (it was last synced before the restatement
     * window closed on it); empty when every stored day is final.
     */
    public Optional<LocalDate> restatingSince(UUID brandId, String adAccountId) {
        return database.sql(RESTATING_SINCE)
                .bind("brandId", brandId)
                .bind("adAccountId", adAccountId)
                .map(row -> Optional.ofNullable(row.get("restating_since", LocalDate.class)))
                .one()
                .blockOptional(TIMEOUT)
                .flatMap(day -> day);
    }

    /** @param restatingSince what {@link #restatingSince(UUID, String)} answers from now on */
    public void markSynced(UUID brandId, String adAccountId, Instant at, Optional<LocalDate> restatingSince) {
        DatabaseClient.GenericExecuteSpec update = database.sql(MARK_SYNCED)
                .bind("brandId", brandId)
                .bind("adAccountId", adAccountId)
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        update = restatingSince.isPresent()
                ? update.bind("restatingSince", restatingSince.get())
                : update.bindNull("restatingSince", LocalDate.class);
        update.fetch().rowsUpdated().block(TIMEOUT);
    }

    private static BrandAdAccount read(Readable row) {
        OffsetDateTime synced = row.get("last_synced_at", OffsetDateTime.class);
        OffsetDateTime tokenSet = row.get("access_token_set_at", OffsetDateTime.class);
        return new BrandAdAccount(
                row.get("brand_id", UUID.class),
                row.get("ad_account_id", String.class),
                row.get("name", String.class),
                row.get("currency", String.class),
                row.get("time_zone", String.class),
                row.get("account_status", Integer.class),
                row.get("linked_at", OffsetDateTime.class).toInstant(),
                synced == null ? null : synced.toInstant(),
                tokenSet != null,
                tokenSet == null ? null : tokenSet.toInstant(),
                row.get("connection_id", UUID.class),
                row.get("created_by", String.class),
                row.get("updated_by", String.class));
    }
}
