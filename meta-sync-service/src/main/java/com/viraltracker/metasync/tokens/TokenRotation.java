package com.viraltracker.metasync.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Re-encrypts every stored token that is not under the active key, a batch per transaction. Rows are locked
 * with {@code FOR UPDATE SKIP LOCKED}, so two instances rotating at once each take different rows and no row
 * is re-encrypted twice; a second run finds nothing to do. A token that cannot be decrypted is left as it is
 * and counted (its sync fails with a message saying so).
 */
@Component
public class TokenRotation {
    private static final Logger log = LoggerFactory.getLogger(TokenRotation.class);
    static final int BATCH = 100;
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    /** Keyset paging from here: PostgreSQL orders uuids by unsigned bytes, so the nil uuid is the lowest. */
    private static final UUID FIRST_BRAND = new UUID(0L, 0L);

    private static final String CLAIM = """
            SELECT brand_id, ad_account_id, ciphertext, key_id FROM ad_account_tokens
             WHERE key_id <> :active AND (brand_id, ad_account_id) > (:afterBrand, :afterAccount)
             ORDER BY brand_id, ad_account_id
             LIMIT :batch
               FOR UPDATE SKIP LOCKED
            """;
    private static final String RESEAL = """
            UPDATE ad_account_tokens SET ciphertext = :ciphertext, key_id = :keyId, rotated_at = :at
             WHERE brand_id = :brandId AND ad_account_id = :adAccountId
            """;

    private final DatabaseClient database;
    private final TransactionalOperator transactions;
    private final TokenCipher cipher;
    private final Clock clock;

    public TokenRotation(
            DatabaseClient database, ReactiveTransactionManager transactionManager, TokenCipher cipher, Clock clock) {
        this.database = database;
        this.transactions = TransactionalOperator.create(transactionManager);
        this.cipher = cipher;
        this.clock = clock;
    }

    /** What one rotation did. */
    public record Result(int reencrypted, int unreadable) {}

    private record Claimed(TokenOwner owner, SealedToken sealed) {}

    public Result rotate() {
        String active = cipher.keys().activeId().orElse(null);
        if (active == null) {
            return new Result(0, 0);
        }
        AtomicInteger reencrypted = new AtomicInteger();
        AtomicInteger unreadable = new AtomicInteger();
        TokenOwner after = new TokenOwner(FIRST_BRAND, "");
        while (true) {
            TokenOwner from = after;
            // The claimed rows are read to the end before the first UPDATE goes out on the same connection.
            List<Claimed> batch = transactions
                    .transactional(claim(active, from)
                            .collectList()
                            .flatMap(claimed -> Flux.fromIterable(claimed)
                                    .concatMap(row -> reseal(row, reencrypted, unreadable))
                                    .then(Mono.just(claimed))))
                    .block(TIMEOUT);
            if (batch == null || batch.isEmpty()) {
                break;
            }
            after = batch.get(batch.size() - 1).owner();
        }
        Result result = new Result(reencrypted.get(), unreadable.get());
        if (result.reencrypted() > 0 || result.unreadable() > 0) {
            log.info(
                    "token rotation to key {}: {} re-encrypted, {} unreadable",
                    active,
                    result.reencrypted(),
                    result.unreadable());
        }
        return result;
    }

    private Flux<Claimed> claim(String active, TokenOwner after) {
        return database.sql(CLAIM)
                .bind("active", active)
                .bind("afterBrand", after.brandId())
                .bind("afterAccount", after.adAccountId())
                .bind("batch", BATCH)
                .map(row -> new Claimed(
                        new TokenOwner(row.get("brand_id", UUID.class), row.get("ad_account_id", String.class)),
                        new SealedToken(row.get("key_id", String.class), row.get("ciphertext", byte[].class))))
                .all();
    }

    private Mono<Long> reseal(Claimed claimed, AtomicInteger reencrypted, AtomicInteger unreadable) {
        SealedToken fresh;
        try {
            fresh = cipher.seal(cipher.open(claimed.sealed(), claimed.owner()), claimed.owner());
        } catch (TokenUnreadableException e) {
            log.warn("token rotation skipped: {}", e.getMessage());
            unreadable.incrementAndGet();
            return Mono.just(0L);
        }
        return database.sql(RESEAL)
                .bind("ciphertext", fresh.ciphertext())
                .bind("keyId", fresh.keyId())
                .bind("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .bind("brandId", claimed.owner().brandId())
                .bind("adAccountId", claimed.owner().adAccountId())
                .fetch()
                .rowsUpdated()
                .doOnNext(count -> reencrypted.addAndGet(count.intValue()));
    }
}
