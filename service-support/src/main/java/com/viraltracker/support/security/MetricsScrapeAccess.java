package com.viraltracker.support.security;

import java.net.InetSocketAddress;
import java.util.List;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.util.matcher.InetAddressMatcher;
import org.springframework.security.util.matcher.InetAddressMatchers;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

/**
 * /actuator/prometheus: open to the metrics network (Prometheus scrapes without a token), else admins only.
 * The peer address is the TCP peer, not a forwarded header a client could forge.
 */
final class MetricsScrapeAccess implements ReactiveAuthorizationManager<AuthorizationContext> {
    private final List<InetAddressMatcher> networks;

    MetricsScrapeAccess(List<String> cidrs) {
        this.networks = cidrs.stream()
                .map(String::trim)
                .filter(cidr -> !cidr.isEmpty())
                .map(InetAddressMatchers::fromIpAddress)
                .toList();
    }

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        InetSocketAddress peer = context.getExchange().getRequest().getRemoteAddress();
        if (peer != null
                && peer.getAddress() != null
                && networks.stream().anyMatch(network -> network.matches(peer.getAddress()))) {
            return Mono.just(new AuthorizationDecision(true));
        }
        return authentication
                .filter(Authentication::isAuthenticated)
                .map(caller -> (AuthorizationResult) new AuthorizationDecision(caller.getAuthorities().stream()
                        .anyMatch(authority -> Role.ADMIN.authority().equals(authority))))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }
}
