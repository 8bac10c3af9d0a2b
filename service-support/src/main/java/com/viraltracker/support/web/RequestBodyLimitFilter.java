package com.viraltracker.support.web;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over the limit with a 413 problem: a declared {@code Content-Length} before any handler
 * runs, a chunked body as soon as it passes the limit. A declared oversize body is read to its end (up to
 * {@link #DRAIN_FACTOR} times the limit, discarded), because answering while the client is still sending makes the
 * server close the connection and the client sees a reset instead of the 413.
 */
public class RequestBodyLimitFilter implements WebFilter, Ordered {
    static final int DRAIN_FACTOR = 4;

    private final DataSize limit;

    public RequestBodyLimitFilter(DataSize limit) {
        this.limit = limit;
    }

    @Override
    public int getOrder() {
        // Before the security chain (-100): an oversize body is refused without being parsed or authenticated.
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limit.toBytes()) {
            AtomicLong drained = new AtomicLong();
            return exchange.getRequest()
                    .getBody()
                    .doOnNext(buffer -> drained.addAndGet(buffer.readableByteCount()))
                    .doOnNext(DataBufferUtils::release)
                    .takeUntil(buffer -> drained.get() > limit.toBytes() * DRAIN_FACTOR)
                    .then(Mono.defer(() -> writeTooLarge(exchange.getResponse())));
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        ServerHttpRequest counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit.toBytes()) {
                        DataBufferUtils.release(buffer);
                        sink.error(new RequestBodyTooLargeException(limit));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    private Mono<Void> writeTooLarge(ServerHttpResponse response) {
        return ProblemResponses.write(response, ProblemDetailsAdvice.tooLarge(new RequestBodyTooLargeException(limit)));
    }
}
