package com.viraltracker.console.signin;

import java.net.URI;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * The end of every sign-in: a fresh session id (no session fixation), the user kept in it, and a redirect to the
 * page that asked for the sign-in or to the user's first page.
 */
final class SignedIn {
    private SignedIn() {}

    /** Keeps the user in a renewed session; answers where to send the browser next. */
    static Mono<URI> complete(
            ServerWebExchange exchange,
            ConsoleUser user,
            ServerSecurityContextRepository contexts,
            ServerRequestCache requests) {
        return exchange.getSession()
                .flatMap(WebSession::changeSessionId)
                .then(contexts.save(exchange, new SecurityContextImpl(new ConsoleAuthentication(user))))
                .then(requests.getRedirectUri(exchange).defaultIfEmpty(landing(user)))
                .flatMap(location -> requests.removeMatchingRequest(exchange).thenReturn(location));
    }

    /** One brand: its Ad Performance page; several (or an admin): the brand list. */
    static URI landing(ConsoleUser user) {
        if (!user.admin() && user.brands().size() == 1) {
            return URI.create("/brands/" + user.brands().iterator().next() + "/performance");
        }
        return URI.create("/brands");
    }
}
