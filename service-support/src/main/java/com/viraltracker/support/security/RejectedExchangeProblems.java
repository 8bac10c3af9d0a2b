package com.viraltracker.support.security;

import com.viraltracker.support.web.ProblemDetailsAdvice;
import com.viraltracker.support.web.ProblemResponses;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spring Security's firewall turns away paths with an encoded '%', '/', '..' and the like before any controller;
 * its default answer is a bare 400. This answers the same 400 as the problem detail every other 4xx is, naming
 * the path as the field to fix.
 */
final class RejectedExchangeProblems implements ServerExchangeRejectedHandler {

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "the request path is not allowed: " + rejected.getMessage());
        problem.setType(ProblemDetailsAdvice.INVALID_INPUT);
        problem.setTitle("Invalid input");
        problem.setProperty(
                "errors",
                List.of(Map.of(
                        "field",
                        "path",
                        "reason",
                        "must not contain encoded '%', '/' or '\\', '..' segments or control characters")));
        return ProblemResponses.write(exchange.getResponse(), problem);
    }
}
