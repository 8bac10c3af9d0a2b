package com.viraltracker.console.signin;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Production sign-in: OpenID Connect authorization code flow against {@code AUTH_JWT_ISSUER_URI}, the issuer the
 * services trust. The access token it yields is what the console calls the services with; it is verified with the
 * issuer's keys, read for its role and brands, and kept only in the server-side session.
 */
@Configuration
@Conditional(SignInMode.Oidc.class)
public class OidcSignIn {
    static final String REGISTRATION = "oidc";
    private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);

    private final AuthSettings auth;
    private final ServerSecurityContextRepository contexts;
    private final ServerRequestCache requests;
    private final ServerOAuth2AuthorizedClientRepository authorizedClients =
            new WebSessionServerOAuth2AuthorizedClientRepository();
    private final ServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();

    public OidcSignIn(AuthSettings auth, ServerSecurityContextRepository contexts, ServerRequestCache requests) {
        this.auth = auth;
        this.contexts = contexts;
        this.requests = requests;
    }

    /**
     * The issuer's client registration, read from its discovery document on first use (not at start-up, so the
     * console starts while the issuer is briefly away); a failed read is tried again on the next sign-in.
     */
    @Bean
    ReactiveClientRegistrationRepository clientRegistrations() {
        Mono<ClientRegistration> registration = Mono.fromCallable(
                        () -> ClientRegistrations.fromIssuerLocation(auth.jwtIssuerUri())
                                .registrationId(REGISTRATION)
                                .clientId(auth.clientId())
                                .clientSecret(auth.clientSecret())
                                .scope(auth.scopes())
                                .build())
                .subscribeOn(Schedulers.boundedElastic())
                .cache(found -> Duration.ofDays(3650), failure -> Duration.ZERO, () -> Duration.ZERO);
        return id -> REGISTRATION.equals(id) ? registration : Mono.empty();
    }

    @Bean
    ReactiveJwtDecoder accessTokenDecoder() {
        return NimbusReactiveJwtDecoder.withIssuerLocation(auth.jwtIssuerUri()).build();
    }

    void configure(ServerHttpSecurity http) {
        ReactiveJwtDecoder decoder = accessTokenDecoder();
        http.oauth2Login(login -> login.authorizedClientRepository(authorizedClients)
                .authenticationSuccessHandler(success(decoder))
                .authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler("/sign-in?refused")));
    }

    /** Swaps the OAuth2 login for the console's user, built from the verified access token's claims. */
    private ServerAuthenticationSuccessHandler success(ReactiveJwtDecoder decoder) {
        return (filterExchange, authentication) -> {
            var exchange = filterExchange.getExchange();
            return authorizedClients
                    .loadAuthorizedClient(REGISTRATION, authentication, exchange)
                    .flatMap(client -> {
                        String token = client.getAccessToken().getTokenValue();
                        return decoder.decode(token).map(jwt -> user(jwt, token));
                    })
                    .flatMap(user -> SignedIn.complete(exchange, user, contexts, requests))
                    .onErrorResume(e -> {
                        log.warn("sign-in refused: {}", e.getMessage());
                        return Mono.just(URI.create("/sign-in?refused"));
                    })
                    .defaultIfEmpty(URI.create("/sign-in?refused"))
                    .flatMap(location -> redirects.sendRedirect(exchange, location));
        };
    }

    /** The role and brands the services will read from the same token; a token without a role is refused. */
    static ConsoleUser user(Jwt jwt, String token) {
        Role role = Role.ofClaim(jwt.getClaims().get("role"))
                .orElseThrow(() -> new IllegalArgumentException("the access token names no role the services know"));
        Set<UUID> brands = new LinkedHashSet<>();
        if (jwt.getClaims().get("brands") instanceof Collection<?> values) {
            values.forEach(value -> brands.add(UUID.fromString(String.valueOf(value))));
        }
        return new ConsoleUser(jwt.getSubject(), role, brands, token);
    }
}
