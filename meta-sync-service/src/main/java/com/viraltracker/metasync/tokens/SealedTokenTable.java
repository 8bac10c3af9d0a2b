package com.viraltracker.metasync.tokens;

import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A table of encrypted tokens as key rotation ({@link TokenRotation}) walks it; each table keeps its own SQL.
 *
 * <p>Contract: both methods run inside the rotation's transaction. {@link #claimNotUnder} emits at most
 * {@code limit} rows whose key is not {@code activeKeyId}, after {@code after} in one total order of the owners
 * ({@link #start} comes before every row), in that order, each locked with {@code FOR UPDATE SKIP LOCKED} so that
 * instances rotating at once take different rows. {@link #replace} stores the re-encrypted token on its owner's row
 * and emits the rows changed.
 */
public interface SealedTokenTable<B extends TokenBinding> {

    /** What the table holds, for the rotation's log line: {@code ad-account tokens}. */
    String description();

    /** An owner before every row of the table, to start the walk from. */
    B start();

    Flux<Sealed<B>> claimNotUnder(String activeKeyId, B after, int limit);

    Mono<Long> replace(B owner, SealedToken fresh, Instant at);

    /** A stored token and the row it is bound to. */
    record Sealed<B extends TokenBinding>(B owner, SealedToken token) {}
}
