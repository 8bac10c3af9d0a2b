package com.viraltracker.console.settings;

import com.viraltracker.console.api.MetaSyncApi;
import com.viraltracker.console.api.Section;
import com.viraltracker.console.signin.ConsoleUser;
import com.viraltracker.console.web.BrandPages;
import com.viraltracker.console.web.FieldErrors;
import com.viraltracker.console.web.FormPage;
import com.viraltracker.console.web.FormPost;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The brand's settings: its name, its Meta ad accounts (link by id, unlink) and its Facebook connections ({@link
 * FacebookController}). A refused form comes back with the service's reason next to the input it names.
 */
@Controller
public class SettingsController {
    static final String UNAVAILABLE = "Ad accounts are unavailable right now.";
    static final String FACEBOOK_UNAVAILABLE = "Facebook connections are unavailable right now.";

    private final FormPage formPage;
    private final MetaSyncApi metaSync;

    public SettingsController(BrandPages brands, MetaSyncApi metaSync) {
        this.formPage = new FormPage(brands, "settings", this::render);
        this.metaSync = metaSync;
    }

    @GetMapping("/brands/{brand}/settings")
    public Mono<Rendering> page(
            @AuthenticationPrincipal ConsoleUser user, @PathVariable UUID brand, ServerWebExchange exchange) {
        return FacebookController.noteOutcome(exchange).then(formPage.show(user, brand, exchange));
    }

    /** A form posted to Settings (also Facebook's forms): leads back to it, or shows it again with a refusal. */
    Mono<FormPost> post(ConsoleUser user, UUID brand, ServerWebExchange exchange) {
        return formPage.post(user, brand, exchange);
    }

    @PostMapping("/brands/{brand}/name")
    public Mono<Rendering> rename(
            @AuthenticationPrincipal ConsoleUser user, @PathVariable UUID brand, ServerWebExchange exchange) {
        return formPage.post(user, brand, exchange)
                .flatMap(post -> exchange.getFormData().flatMap(form -> {
                    String name = FormPost.text(form, "name");
                    return post.run(
                            "A viewer cannot rename the brand.",
                            Map.of("name", name),
                            problem -> FieldErrors.of(problem, "general", "name"),
                            () -> metaSync.rename(user, brand, name)
                                    .map(renamed -> "The brand is now called " + renamed.name() + "."));
                }));
    }

    @PostMapping("/brands/{brand}/ad-accounts")
    public Mono<Rendering> link(
            @AuthenticationPrincipal ConsoleUser user, @PathVariable UUID brand, ServerWebExchange exchange) {
        return formPage.post(user, brand, exchange)
                .flatMap(post -> exchange.getFormData().flatMap(form -> {
                    String account = FormPost.text(form, "ad_account_id").trim();
                    return post.run(
                            "A viewer cannot link ad accounts.",
                            Map.of("ad_account_id", account),
                            problem -> FieldErrors.of(problem, "general", "ad_account_id"),
                            () -> metaSync.link(user, brand, account)
                                    .map(linked -> "Linked " + linked.adAccountId()
                                            + (linked.name() == null ? "" : " (" + linked.name() + ")") + "."));
                }));
    }

    @PostMapping("/brands/{brand}/ad-accounts/{account}/unlink")
    public Mono<Rendering> unlink(
            @AuthenticationPrincipal ConsoleUser user,
            @PathVariable UUID brand,
            @PathVariable String account,
            ServerWebExchange exchange) {
        return formPage.post(user, brand, exchange)
                .flatMap(post -> post.run(
                        "A viewer cannot unlink ad accounts.",
                        Map.of(),
                        problem -> FieldErrors.of(problem, "general"),
                        () -> metaSync.unlink(user, brand, account).thenReturn("Unlinked " + account + ".")));
    }

    private Mono<Rendering> render(ConsoleUser user, FormPage.State state) {
        UUID brand = state.header().id();
        return Mono.zip(
                        Section.of(metaSync.adAccounts(user, brand), UNAVAILABLE),
                        Section.of(metaSync.facebookConnections(user, brand), FACEBOOK_UNAVAILABLE))
                .map(found -> Rendering.view("settings")
                        .modelAttribute(
                                "page",
                                new SettingsView(
                                        state.header(),
                                        found.getT1(),
                                        found.getT2(),
                                        state.errors(),
                                        state.entered(),
                                        state.flash()))
                        .status(state.status())
                        .build());
    }
}
