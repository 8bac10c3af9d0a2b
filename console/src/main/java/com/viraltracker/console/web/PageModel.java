package com.viraltracker.console.web;

import com.viraltracker.console.signin.ConsoleAuthentication;
import java.util.Map;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every page's layout needs: the signed-in user, and the CSRF token — in a meta tag, in each form, and in the
 * {@code hx-headers} every htmx request sends.
 */
@ControllerAdvice
public class PageModel {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ModelAttribute
    public Mono<Void> layout(ServerWebExchange exchange, Model model) {
        Mono<CsrfToken> csrf = exchange.getAttribute(CsrfToken.class.getName());
        Mono<Void> token = csrf == null
                ? Mono.empty()
                : csrf.doOnNext(found -> {
                            model.addAttribute("_csrf", found);
                            model.addAttribute(
                                    "csrfHeaders",
                                    JSON.writeValueAsString(Map.of(found.getHeaderName(), found.getToken())));
                        })
                        .then();
        Mono<Void> user = ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .ofType(ConsoleAuthentication.class)
                .doOnNext(authentication -> model.addAttribute("user", authentication.getPrincipal()))
                .then();
        return token.then(user);
    }
}
