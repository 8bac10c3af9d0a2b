package com.viraltracker.console.settings;

import com.viraltracker.console.api.ApiProblemException;
import com.viraltracker.console.api.MetaSyncApi;
import com.viraltracker.console.api.ServiceUnavailableException;
import com.viraltracker.console.signin.ConsoleUser;
import com.viraltracker.console.web.BrandPages;
import com.viraltracker.console.web.FieldErrors;
import com.viraltracker.console.web.Flash;
import com.viraltracker.console.web.PageNotFoundException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * "Connect Facebook" in a brand's settings: Connect and Reconnect send the browser to Facebook's login dialog;
 * meta-sync's callback sends it back to the page where the granted ad accounts are chosen; Disconnect revokes the
 * connection and unlinks its accounts.
 */
@Controller
public class FacebookController {
    private final BrandPages brands;
    private final MetaSyncApi metaSync;
    private final SettingsController settings;

    public FacebookController(BrandPages brands, MetaSyncApi metaSync, SettingsController settings) {
        this.brands = brands;
        this.metaSync = metaSync;
        this.settings = settings;
    }

    @PostMapping("/brands/{brand}/facebook/connect")
    public Mono<Rendering> connect(
            @AuthenticationPrincipal ConsoleUser user, @PathVariable UUID brand, ServerWebExchange exchange) {
        return toFacebook(user, brand, null, exchange);
    }

    @PostMapping("/brands/{brand}/facebook/{connection}/reconnect")
    public Mono<Rendering> reconnect(
            @AuthenticationPrincipal ConsoleUser user,
            @PathVariable UUID brand,
            @PathVariable UUID connection,
            ServerWebExchange exchange) {
        return toFacebook(user, brand, connection, exchange);
    }

    /** Starts the login and sends the browser to Facebook; a refusal shows Settings again with the reason. */
    private Mono<Rendering> toFacebook(ConsoleUser user, UUID brand, UUID reconnect, ServerWebExchange exchange) {
        return settings.post(user, brand, exchange).flatMap(post -> {
            if (!post.brand().mayChange()) {
                return post.again()
                        .render(Map.of("general", "A viewer cannot connect Facebook."), Map.of(), HttpStatus.FORBIDDEN);
            }
            return metaSync.startFacebookLogin(user, brand, reconnect)
                    .map(login -> Rendering.redirectTo(login.authorizationUrl()).build())
                    .onErrorResume(
                            ApiProblemException.class,
                            problem -> post.again()
                                    .render(FieldErrors.of(problem, "general"), Map.of(), HttpStatus.BAD_REQUEST))
                    .onErrorResume(
                            ServiceUnavailableException.class,
                            e -> post.again()
                                    .render(
                                            Map.of(
                                                    "general",
                                                    "Connect Facebook is unavailable right now: the server may not"
                                                            + " have a Meta app set up. Try again later."),
                                            Map.of(),
                                            HttpStatus.SERVICE_UNAVAILABLE));
        });
    }

    @PostMapping("/brands/{brand}/facebook/{connection}/disconnect")
    public Mono<Rendering> disconnect(
            @AuthenticationPrincipal ConsoleUser user,
            @PathVariable UUID brand,
            @PathVariable UUID connection,
            ServerWebExchange exchange) {
        return settings.post(user, brand, exchange)
                .flatMap(post -> post.run(
                        "A viewer cannot disconnect Facebook.",
                        Map.of(),
                        problem -> FieldErrors.of(problem, "general"),
                        () -> metaSync.disconnectFacebook(user, brand, connection)
                                .thenReturn("Disconnected Facebook. Its ad accounts were unlinked; their data is"
                                        + " kept.")));
    }

    /** Where meta-sync's callback leads after a login: the granted accounts, to choose which to link. */
    @GetMapping("/brands/{brand}/settings/facebook/{connection}")
    public Mono<Rendering> choose(
            @AuthenticationPrincipal ConsoleUser user,
            @PathVariable UUID brand,
            @PathVariable UUID connection,
            ServerWebExchange exchange) {
        String outcome = exchange.getRequest().getQueryParams().getFirst("facebook");
        return brands.open(user, brand)
                .flatMap(header -> metaSync.grantedAccounts(user, brand, connection)
                        .zipWith(metaSync.facebookConnections(user, brand))
                        .map(found -> Rendering.view("facebook-accounts")
                                .modelAttribute(
                                        "page",
                                        new FacebookAccountsView(
                                                header,
                                                found.getT2().stream()
                                                        .filter(c -> c.id().equals(connection))
                                                        .findFirst()
                                                        .orElseThrow(PageNotFoundException::new),
                                                found.getT1(),
                                                FacebookNotices.of(outcome).orElse(null)))
                                .build())
                        .onErrorMap(
                                com.viraltracker.console.api.ApiNotFoundException.class,
                                e -> new PageNotFoundException()));
    }

    @PostMapping("/brands/{brand}/settings/facebook/{connection}/link")
    public Mono<Rendering> link(
            @AuthenticationPrincipal ConsoleUser user,
            @PathVariable UUID brand,
            @PathVariable UUID connection,
            ServerWebExchange exchange) {
        return settings.post(user, brand, exchange)
                .flatMap(post -> exchange.getFormData().flatMap(form -> {
                    List<String> chosen = form.getOrDefault("ad_account_id", List.of());
                    return post.run(
                            "A viewer cannot link ad accounts.",
                            Map.of(),
                            problem -> FieldErrors.of(problem, "general"),
                            () -> chosen.isEmpty()
                                    ? Mono.just("No ad account was chosen: nothing was linked.")
                                    : Flux.fromIterable(chosen)
                                            .concatMap(account ->
                                                    metaSync.linkThroughConnection(user, brand, account, connection))
                                            .map(linked -> linked.adAccountId()
                                                    + (linked.name() == null ? "" : " (" + linked.name() + ")"))
                                            .collectList()
                                            .map(linked ->
                                                    "Linked " + String.join(", ", linked) + " through Facebook."));
                }));
    }

    /** Settings with the sentence of a finished login that went nowhere else (denied, missing scope, ...). */
    static Mono<Void> noteOutcome(ServerWebExchange exchange) {
        return FacebookNotices.of(exchange.getRequest().getQueryParams().getFirst("facebook"))
                .map(sentence -> Flash.put(exchange, sentence))
                .orElse(Mono.empty());
    }
}
