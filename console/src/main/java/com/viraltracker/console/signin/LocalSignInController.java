package com.viraltracker.console.signin;

import com.viraltracker.console.ConsoleProperties;
import com.viraltracker.console.api.BrandSummary;
import com.viraltracker.console.api.MetaSyncApi;
import com.viraltracker.console.api.SignedOutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The local stack's sign-in: pick a brand and a role, and the console mints the token {@code ./stack token} would
 * print. Registered only in {@link SignInMode#LOCAL}; before the user is let in, a service must accept the token,
 * which it does only while it verifies tokens with the same local key.
 */
@Controller
@Conditional(SignInMode.Local.class)
public class LocalSignInController {
    private final LocalTokens tokens;
    private final MetaSyncApi metaSync;
    private final ConsoleProperties properties;
    private final ServerSecurityContextRepository contexts;
    private final ServerRequestCache requests;

    public LocalSignInController(
            LocalTokens tokens,
            MetaSyncApi metaSync,
            ConsoleProperties properties,
            ServerSecurityContextRepository contexts,
            ServerRequestCache requests) {
        this.tokens = tokens;
        this.metaSync = metaSync;
        this.properties = properties;
        this.contexts = contexts;
        this.requests = requests;
    }

    @GetMapping("/sign-in")
    public Mono<Rendering> page(ServerWebExchange exchange, Model model) {
        model.addAttribute("signedOut", exchange.getRequest().getQueryParams().containsKey("signed-out"));
        model.addAttribute("expired", exchange.getRequest().getQueryParams().containsKey("expired"));
        return form(model, Map.of(), null, "operator");
    }

    @PostMapping("/sign-in")
    public Mono<Rendering> signIn(ServerWebExchange exchange, Model model) {
        return exchange.getFormData().flatMap(form -> {
            SignInRequest request = SignInRequest.read(form);
            String role = form.getFirst("role");
            if (!request.valid()) {
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                return form(model, request.errors(), null, role);
            }
            ConsoleUser user = new ConsoleUser(
                    request.name(),
                    request.role(),
                    request.brands(),
                    tokens.mint(request.name(), request.role(), request.brands(), properties.sessionLife()));
            Mono<Rendering> enter = SignedIn.complete(exchange, user, contexts, requests)
                    .map(location -> Rendering.redirectTo(location.toString()).build());
            return metaSync.brands(user)
                    .then(enter)
                    .onErrorResume(SignedOutException.class, e -> {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        return form(
                                model,
                                Map.of(),
                                "The services did not accept the console's token: they are not "
                                        + "using the local stack's key (AUTH_JWT_SECRET), so local sign-in is not possible.",
                                role);
                    })
                    // Down, or refusing for another reason: the pages will show what is unavailable.
                    .onErrorResume(e -> !(e instanceof SignedOutException), e -> enter);
        });
    }

    private Mono<Rendering> form(Model model, Map<String, String> errors, String refusal, String role) {
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("roles", Role.values());
        model.addAttribute("chosenRole", role == null ? "operator" : role);
        return knownBrands()
                .doOnNext(brands -> model.addAttribute("brands", brands))
                .thenReturn(Rendering.view("sign-in").build());
    }

    /** The named brands, listed with a minute-long admin token: anyone here may sign in as admin anyway. */
    private Mono<List<BrandSummary>> knownBrands() {
        ConsoleUser lister = new ConsoleUser(
                "console-sign-in",
                Role.ADMIN,
                java.util.Set.of(),
                tokens.mint("console-sign-in", Role.ADMIN, List.of(), Duration.ofMinutes(1)));
        return metaSync.brands(lister).onErrorReturn(List.of());
    }
}
