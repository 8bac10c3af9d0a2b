package com.viraltracker.support.security;

import com.viraltracker.support.web.ProblemResponses;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 and 403 as RFC 9457 problems, like every other error answer of the services. */
final class SecurityProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {
    static final URI UNAUTHENTICATED = URI.create("https://viraltracker.dev/problems/unauthenticated");
    static final URI FORBIDDEN = URI.create("https://viraltracker.dev/problems/forbidden");

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        boolean invalidToken = e instanceof OAuth2AuthenticationException;
        exchange.getResponse()
                .getHeaders()
                .set(HttpHeaders.WWW_AUTHENTICATE, invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        // The decoder's messages describe why a token was refused (expired, bad signature), never the token.
        String detail = invalidToken
                ? "the bearer token was refused: " + e.getMessage()
                : "a bearer token (Authorization: Bearer <JWT>) is required";
        return write(exchange, HttpStatus.UNAUTHORIZED, UNAUTHENTICATED, "Unauthenticated", detail);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException e) {
        return write(
                exchange,
                HttpStatus.FORBIDDEN,
                FORBIDDEN,
                "Forbidden",
                e.getMessage() == null || "Access Denied".equals(e.getMessage())
                        ? "the token's role does not allow this request"
                        : e.getMessage());
    }

    private static Mono<Void> write(
            ServerWebExchange exchange, HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        return ProblemResponses.write(exchange.getResponse(), problem);
    }
}
