package com.viraltracker.console.settings;

import com.viraltracker.console.api.ApiNotFoundException;
import com.viraltracker.console.api.ApiProblemException;
import com.viraltracker.console.api.FacebookLoginCompletion;
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
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * "Connect Facebook" in a brand's settings: Connect and Reconnect send the browser to Facebook's login dialog, which
 * sends it back to {@link #CALLBACK}; that page has meta-sync finish the login as the signed-in person and goes on
 * to the page where the granted ad accounts are chosen; Disconnect revokes the connection and unlinks its accounts.
 */
@Controller
public class FacebookController {
    /**
     * Where Facebook's login dialog sends the browser back: meta-sync's {@code META_OAUTH_REDIRECT_URI} is the
     * console's address followed by this path, as registered in the Meta app's Valid OAuth Redirect URIs.
     */
    public static final String CALLBACK = "/settings/facebook/callback";

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

    /**
     * Facebook's dialog sends the browser here with the login's state and a code (or an error). Only the person who
     * started the login may finish it, so meta-sync is asked with the signed-in person's token and refuses anyone
     * else. The page is open without a session so that a browser whose session ended is told so, with nothing
     * stored, rather than sent to sign in with a code that would have expired by then.
     */
    @GetMapping(CALLBACK)
    public Mono<Rendering> finish(@AuthenticationPrincipal ConsoleUser user, ServerWebExchange exchange) {
        MultiValueMap<String, String> query = exchange.getRequest().getQueryParams();
        if (user == null) {
            return Mono.just(cannotFinish(
                    "Your viraltracker session ended before Facebook sent you back, so this login cannot be"
                            + " finished: nothing was connected. Sign in, then use Connect Facebook again.",
                    HttpStatus.UNAUTHORIZED));
        }
        String state = query.getFirst("state");
        if (state == null || state.isBlank()) {
            return Mono.just(cannotFinish(
                    "Facebook sent you back without the login's state, so this login cannot be finished: nothing"
                            + " was connected. Use Connect Facebook in the brand's settings again.",
                    HttpStatus.BAD_REQUEST));
        }
        return metaSync.completeFacebookLogin(user, state, query.getFirst("code"), query.getFirst("error"))
                .map(done -> Rendering.redirectTo(next(done)).build())
                .onErrorResume(
                        ApiProblemException.class,
                        problem -> Mono.just(cannotFinish(
                                sentence(problem.detail()),
                                problem.status() == 403 ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST)))
                .onErrorResume(
                        ApiNotFoundException.class,
                        e -> Mono.just(cannotFinish(
                                "This Facebook login is for a brand you do not work on: nothing was connected.",
                                HttpStatus.NOT_FOUND)));
    }

    /** The accounts to choose from after a connection, or the brand's settings saying why nothing was stored. */
    private static String next(FacebookLoginCompletion done) {
        UriComponentsBuilder path = done.connected()
                ? UriComponentsBuilder.fromPath("/brands/{brand}/settings/facebook/{connection}")
                : UriComponentsBuilder.fromPath("/brands/{brand}/settings");
        return path.queryParam("facebook", done.outcome())
                .buildAndExpand(done.brandId(), done.connectionId())
                .encode()
                .toUriString();
    }

    private static Rendering cannotFinish(String reason, HttpStatus status) {
        return Rendering.view("facebook-login")
                .modelAttribute("reason", reason)
                .status(status)
                .build();
    }

    /** meta-sync's detail, as a sentence on its own. */
    private static String sentence(String detail) {
        if (detail == null || detail.isBlank()) {
            return "This Facebook login cannot be finished: nothing was connected.";
        }
        String text = Character.toUpperCase(detail.charAt(0)) + detail.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }

    /** Where a finished login leads: the granted accounts, to choose which to link. */
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
                        .onErrorMap(ApiNotFoundException.class, e -> new PageNotFoundException()));
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
