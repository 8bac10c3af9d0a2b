package com.viraltracker.adcreation.products;

import java.io.ByteArrayOutputStream;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads an upload into memory up to a limit. A body over the limit is still read to its end (up to
 * {@link #DRAIN_FACTOR} times the limit, without keeping it), because answering before the client finished
 * sending makes the server close the connection and the client sees a reset instead of our 413.
 */
final class LimitedBody {
    static final int DRAIN_FACTOR = 4;

    private LimitedBody() {}

    /** The bytes, or {@link ImageTooLargeException} when there are more than {@code limit}. */
    static Mono<byte[]> read(Flux<DataBuffer> body, int limit) {
        return body.reduceWith(() -> new Accumulator(limit), Accumulator::add)
                .defaultIfEmpty(new Accumulator(limit))
                .map(Accumulator::bytes);
    }

    private static final class Accumulator {
        private final int limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private long seen;

        Accumulator(int limit) {
            this.limit = limit;
        }

        Accumulator add(DataBuffer buffer) {
            try {
                int count = buffer.readableByteCount();
                seen += count;
                if (seen > (long) limit * DRAIN_FACTOR) {
                    throw new ImageTooLargeException();
                }
                if (seen <= limit) {
                    byte[] chunk = new byte[count];
                    buffer.read(chunk);
                    bytes.write(chunk, 0, count);
                }
                return this;
            } finally {
                DataBufferUtils.release(buffer);
            }
        }

        byte[] bytes() {
            if (seen > limit) {
                throw new ImageTooLargeException();
            }
            return bytes.toByteArray();
        }
    }
}
