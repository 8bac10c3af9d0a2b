package com.viraltracker.console.signin;

import com.viraltracker.console.ConsoleProperties;
import com.viraltracker.console.settings.FacebookController;
import com.viraltracker.console.web.Htmx;
import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import reactor.core.publisher.Mono;

/**
 * Every page needs a signed-in user, whose context (and access token) lives in the server-side WebSession. CSRF
 * protection on every state-changing request (forms send the token as a field, htmx as a header); a
 * Content-Security-Policy that runs only the console's own script files.
 */
@Configuration
@EnableWebFluxSecurity
public class SecurityConfiguration {
    /**
     * No inline script or style anywhere: scripts and styles come from /js, /css and /webjars only. Forms post to
     * the console alone, except that Connect Facebook's post is redirected on to Facebook's login dialog: browsers
     * hold a form's redirects to {@code form-action} too.
     */
    static String contentSecurityPolicy(String facebookDialogOrigin) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self';"
                + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self' "
                + facebookDialogOrigin + "; frame-ancestors 'none'";
    }

    static final String[] OPEN = {
        "/sign-in",
        "/css/**",
        "/js/**",
        "/webjars/**",
        "/favicon.ico",
        "/favicon.svg",
        "/actuator/health",
        "/actuator/health/**",
        // Facebook Login's redirect: it tells a browser whose session ended that nothing was connected.
        FacebookController.CALLBACK,
        // OpenID Connect's redirects (present only in that mode).
        "/oauth2/**",
        "/login/oauth2/**"
    };

    @Bean
    SignInMode signInMode(AuthSettings auth) {
        return SignInMode.of(auth);
    }

    @Bean
    ServerSecurityContextRepository securityContextRepository() {
        return new WebSessionServerSecurityContextRepository();
    }

    @Bean
    ServerRequestCache requestCache() {
        return new WebSessionServerRequestCache();
    }

    @Bean
    SecurityWebFilterChain consoleSecurity(
            ServerHttpSecurity http,
            SignInMode mode,
            ServerSecurityContextRepository contexts,
            ServerRequestCache requests,
            ObjectProvider<OidcSignIn> oidc,
            ConsoleProperties properties) {
        XorServerCsrfTokenRequestAttributeHandler csrf = new XorServerCsrfTokenRequestAttributeHandler();
        // The product image form is multipart; its token travels as a form field like every other form's.
        csrf.setTokenFromMultipartDataEnabled(true);
        http.securityContextRepository(contexts)
                .requestCache(cache -> cache.requestCache(requests))
                .csrf(spec -> spec.csrfTokenRequestHandler(csrf))
                .headers(headers -> headers.contentSecurityPolicy(policy ->
                                policy.policyDirectives(contentSecurityPolicy(properties.facebookDialogOrigin())))
                        .frameOptions(frame -> frame.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .authorizeExchange(exchanges ->
                        exchanges.pathMatchers(OPEN).permitAll().anyExchange().authenticated())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(signInFirst(requests)))
                .logout(logout -> logout.logoutUrl("/sign-out")
                        .logoutHandler(new DelegatingServerLogoutHandler(
                                new SecurityContextServerLogoutHandler(), new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(redirect("/sign-in?signed-out")));
        if (mode == SignInMode.OIDC) {
            oidc.getObject().configure(http);
        }
        return http.build();
    }

    /** A page asks for the sign-in page (and comes back after); an htmx part asks htmx to load the sign-in page. */
    private static ServerAuthenticationEntryPoint signInFirst(ServerRequestCache requests) {
        RedirectServerAuthenticationEntryPoint page = new RedirectServerAuthenticationEntryPoint("/sign-in");
        page.setRequestCache(requests);
        return (exchange, e) -> {
            if (!Htmx.isHtmx(exchange)) {
                return page.commence(exchange, e);
            }
            exchange.getResponse().setStatusCode(HttpStatus.OK);
            exchange.getResponse().getHeaders().set(Htmx.REDIRECT, "/sign-in?expired");
            return Mono.empty();
        };
    }

    private static RedirectServerLogoutSuccessHandler redirect(String location) {
        RedirectServerLogoutSuccessHandler handler = new RedirectServerLogoutSuccessHandler();
        handler.setLogoutSuccessUrl(URI.create(location));
        return handler;
    }
}
