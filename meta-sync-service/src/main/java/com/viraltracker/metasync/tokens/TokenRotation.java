package com.viraltracker.metasync.tokens;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Re-encrypts every stored token that is not under the active key, in every {@link SealedTokenTable} (per-account
 * tokens and Facebook connections' tokens), a batch per transaction. Rows are locked with
 * {@code FOR UPDATE SKIP LOCKED}, so two instances rotating at once each take different rows and no row is
 * re-encrypted twice; a second run finds nothing to do. A token that cannot be decrypted is left as it is and
 * counted (its sync fails with a message saying so).
 */
@Component
public class TokenRotation {
    private static final Logger log = LoggerFactory.getLogger(TokenRotation.class);
    static final int BATCH = 100;
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final TransactionalOperator transactions;
    private final TokenCipher cipher;
    private final Clock clock;
    private final List<SealedTokenTable<?>> tables;

    public TokenRotation(
            ReactiveTransactionManager transactionManager,
            TokenCipher cipher,
            Clock clock,
            List<SealedTokenTable<?>> tables) {
        this.transactions = TransactionalOperator.create(transactionManager);
        this.cipher = cipher;
        this.clock = clock;
        this.tables = List.copyOf(tables);
    }

    /** What one rotation did, over all tables. */
    public record Result(int reencrypted, int unreadable) {
        Result plus(Result other) {
            return new Result(reencrypted + other.reencrypted, unreadable + other.unreadable);
        }
    }

    public Result rotate() {
        String active = cipher.keys().activeId().orElse(null);
        Result total = new Result(0, 0);
        if (active == null) {
            return total;
        }
        for (SealedTokenTable<?> table : tables) {
            total = total.plus(rotate(table, active));
        }
        return total;
    }

    private <B extends TokenBinding> Result rotate(SealedTokenTable<B> table, String active) {
        AtomicInteger reencrypted = new AtomicInteger();
        AtomicInteger unreadable = new AtomicInteger();
        B after = table.start();
        while (true) {
            B from = after;
            // The claimed rows are read to the end before the first UPDATE goes out on the same connection.
            List<SealedTokenTable.Sealed<B>> batch = transactions
                    .transactional(table.claimNotUnder(active, from, BATCH)
                            .collectList()
                            .flatMap(claimed -> Flux.fromIterable(claimed)
                                    .concatMap(row -> reseal(table, row, reencrypted, unreadable))
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
                    "token rotation of {} to key {}: {} re-encrypted, {} unreadable",
                    table.description(),
                    active,
                    result.reencrypted(),
                    result.unreadable());
        }
        return result;
    }

    private <B extends TokenBinding> Mono<Long> reseal(
            SealedTokenTable<B> table,
            SealedTokenTable.Sealed<B> claimed,
            AtomicInteger reencrypted,
            AtomicInteger unreadable) {
        SealedToken fresh;
        try {
            fresh = cipher.seal(cipher.open(claimed.token(), claimed.owner()), claimed.owner());
        } catch (TokenUnreadableException e) {
            log.warn("token rotation skipped: {}", e.getMessage());
            unreadable.incrementAndGet();
            return Mono.just(0L);
        }
        return table.replace(claimed.owner(), fresh, clock.instant())
                .doOnNext(count -> reencrypted.addAndGet(count.intValue()));
    }
}
