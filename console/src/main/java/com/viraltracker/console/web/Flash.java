package com.viraltracker.console.web;

import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A sentence for the next page after a redirect ("Started again."), kept in the session rather than the URL, so
 * nobody can put words on a user's page with a link.
 */
public final class Flash {
    private static final String ATTRIBUTE = "console.flash";

    private Flash() {}

    public static Mono<Void> put(ServerWebExchange exchange, String message) {
        return exchange.getSession()
                .doOnNext(session -> session.getAttributes().put(ATTRIBUTE, message))
                .then();
    }

    /** The sentence left for this page, once; empty when there is none. */
    public static Mono<String> take(ServerWebExchange exchange) {
        return exchange.getSession()
                .mapNotNull(session -> (String) session.getAttributes().remove(ATTRIBUTE));
    }
}
