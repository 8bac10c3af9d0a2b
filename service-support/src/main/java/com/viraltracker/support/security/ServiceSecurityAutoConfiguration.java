package com.viraltracker.support.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import reactor.core.publisher.Mono;

/**
 * Every REST endpoint of every service needs a bearer JWT naming a role and the caller's brands; only the health
 * probes are open, and the Prometheus endpoint is open to the metrics network. Viewers may only read; operators
 * change their brands' resources; admins do anything. Brand scoping itself is done by service code through
 * {@link BrandAccess}, so a resource of another brand answers 404 rather than 403.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
@EnableConfigurationProperties(AuthProperties.class)
public class ServiceSecurityAutoConfiguration {
    static final String[] OPEN_HEALTH = {"/actuator/health", "/actuator/health/**"};
    static final String PROMETHEUS = "/actuator/prometheus";

    @Bean
    ReactiveJwtDecoder accessTokenDecoder(AuthProperties properties) {
        return AccessTokenDecoders.from(properties);
    }

    /** Paths the firewall turns away get a problem detail like any other 400, not a bare status. */
    @Bean
    static BeanPostProcessor firewallRejectionsAsProblems() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof WebFilterChainProxy proxy) {
                    proxy.setExchangeRejectedHandler(new RejectedExchangeProblems());
                }
                return bean;
            }
        };
    }

    @Bean
    BrandAccess brandAccess() {
        return new BrandAccess();
    }

    @Bean
    SecurityWebFilterChain serviceSecurityFilterChain(
            ServerHttpSecurity http, ReactiveJwtDecoder decoder, AuthProperties properties) {
        SecurityProblems problems = new SecurityProblems();
        String[] everyRole = {Role.VIEWER.name(), Role.OPERATOR.name(), Role.ADMIN.name()};
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                // Stateless: every request carries its token; nothing is remembered between requests.
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(OPEN_HEALTH)
                        .permitAll()
                        .pathMatchers(PROMETHEUS)
                        .access(new MetricsScrapeAccess(properties.metricsAllowedNetworks()))
                        .pathMatchers(HttpMethod.GET)
                        .hasAnyRole(everyRole)
                        .pathMatchers(HttpMethod.HEAD)
                        .hasAnyRole(everyRole)
                        .anyExchange()
                        .hasAnyRole(Role.OPERATOR.name(), Role.ADMIN.name()))
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtDecoder(decoder)
                                .jwtAuthenticationConverter(token ->
                                        Mono.fromCallable(() -> new CallerAuthentication(token, Caller.from(token)))))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }
}
