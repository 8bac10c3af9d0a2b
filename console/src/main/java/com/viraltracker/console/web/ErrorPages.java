package com.viraltracker.console.web;

import com.viraltracker.console.api.ApiNotFoundException;
import com.viraltracker.console.api.ApiProblemException;
import com.viraltracker.console.api.ServiceUnavailableException;
import com.viraltracker.console.api.SignedOutException;
import com.viraltracker.console.signin.ConsoleAuthentication;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * What a page shows when it cannot be shown: the console's own not-found page (unknown id, another brand's id,
 * a malformed id), a sign-in when the token has expired, and a plain "unavailable" page when the one service a
 * whole page depends on is down. Never a stack trace.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ErrorPages {
    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    /** The header still says who is signed in (the page model's advice does not run for exception handlers). */
    @ExceptionHandler({PageNotFoundException.class, ApiNotFoundException.class, ServerWebInputException.class})
    public Mono<Rendering> notFound() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .ofType(ConsoleAuthentication.class)
                .map(authentication -> Rendering.view("not-found")
                        .modelAttribute("user", authentication.getPrincipal())
                        .status(HttpStatus.NOT_FOUND)
                        .build())
                .defaultIfEmpty(
                        Rendering.view("not-found").status(HttpStatus.NOT_FOUND).build());
    }

    @ExceptionHandler(SignedOutException.class)
    public Mono<Rendering> signedOut(ServerWebExchange exchange) {
        return exchange.getSession().flatMap(WebSession::invalidate).then(Mono.fromSupplier(() -> {
            if (Htmx.isHtmx(exchange)) {
                exchange.getResponse().getHeaders().set(Htmx.REDIRECT, "/sign-in?expired");
                return Rendering.view("fragments/common :: empty").build();
            }
            return Rendering.redirectTo(URI.create("/sign-in?expired").toString())
                    .build();
        }));
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    public Rendering unavailable(ServiceUnavailableException e) {
        log.warn("{}", e.getMessage());
        return Rendering.view("unavailable")
                .modelAttribute("service", e.service())
                .status(HttpStatus.SERVICE_UNAVAILABLE)
                .build();
    }

    /** A refusal no form caught (the form handlers show theirs next to the field). */
    @ExceptionHandler(ApiProblemException.class)
    public Rendering problem(ApiProblemException e) {
        return Rendering.view("problem")
                .modelAttribute("problem", e)
                .status(HttpStatus.valueOf(e.status() == 403 ? 403 : 400))
                .build();
    }
}
