package com.viraltracker.console.web;

import org.springframework.web.server.ServerWebExchange;

/** The htmx request and response headers the console uses. */
public final class Htmx {
    public static final String REQUEST = "HX-Request";
    public static final String REDIRECT = "HX-Redirect";

    private Htmx() {}

    /** Whether htmx sent the request (it wants a fragment back, not a page). */
    public static boolean isHtmx(ServerWebExchange exchange) {
        return "true".equals(exchange.getRequest().getHeaders().getFirst(REQUEST));
    }
}
