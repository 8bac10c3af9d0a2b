package com.viraltracker.support.r2dbc;

import io.netty.buffer.ByteBufAllocator;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.codec.CodecRegistry;
import io.r2dbc.postgresql.extension.CodecRegistrar;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Adds {@link BinaryArrayCodec} to every connection r2dbc-postgresql opens: a driver extension, found through
 * META-INF/services (r2dbc-postgresql's own extension mechanism), so it applies to whichever connection factory
 * is built from the service's classes, the service's pool included.
 */
public final class BinaryArrayCodecs implements CodecRegistrar {

    @Override
    public Publisher<Void> register(
            PostgresqlConnection connection, ByteBufAllocator allocator, CodecRegistry registry) {
        registry.addFirst(new BinaryArrayCodec());
        return Mono.empty();
    }
}
