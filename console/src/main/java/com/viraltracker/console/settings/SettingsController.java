package com.viraltracker.console.settings;

import com.viraltracker.console.api.ApiProblemException;
import com.viraltracker.console.api.MetaSyncApi;
import com.viraltracker.console.api.Section;
import com.viraltracker.console.signin.ConsoleUser;
import com.viraltracker.console.web.BrandHeader;
import com.viraltracker.console.web.BrandPages;
import com.viraltracker.console.web.FieldErrors;
import com.viraltracker.console.web.Flash;
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
import reactor.core.publisher.Mono;

/**
 * The brand's settings: its name, and its Meta ad accounts (link by id, unlink). A refused form comes back with
 * the service's reason next to the input it names.
 */
@Controller
public class SettingsController {
    static final String UNAVAILABLE = "Ad accounts are unavailable right now.";

    private final BrandPages brands;
    private final MetaSyncApi metaSync;

    public SettingsController(BrandPages brands, MetaSyncApi metaSync) {
        this.brands = brands;
        this.metaSync = metaSync;
    }

    @GetMapping("/brands/{brand}/settings")
    public Mono<Rendering> page(
            @AuthenticationPrincipal ConsoleUser user, @PathVariable UUID brand, ServerWebExchange exchange) {
        return brands.open(user, brand)
                .zipWith(Flash.take(exchange).defaultIfEmpty(""))
                .flatMap(found -> render(user, found.getT1(), Map.of(), Map.of(), found.getT2(), HttpStatus.OK));
    }

    @PostMapping("/brands/{brand}/name")
    public Mono<Rendering> rename(
            @AuthenticationPrincipal ConsoleUser user, @PathVariable UUID brand, ServerWebExchange exchange) {
        return brands.open(user, brand)
                .flatMap(header -> exchange.getFormData().flatMap(form -> {
                    String name = form.getFirst("name") == null ? "" : form.getFirst("name");
                    if (!header.mayChange()) {
                        return render(
                                user,
                                header,
                                Map.of("general", "A viewer cannot rename the brand."),
                                Map.of("name", name),
                                null,
                                HttpStatus.FORBIDDEN);
                    }
                    return metaSync.rename(user, brand, name)
                            .then(Flash.put(exchange, "The brand is now called " + name.trim() + "."))
                            .thenReturn(Rendering.redirectTo("/brands/" + brand + "/settings")
                                    .build())
                            .onErrorResume(
                                    ApiProblemException.class,
                                    problem -> render(
                                            user,
                                            header,
                                            FieldErrors.of(problem, "general", "name"),
                                            Map.of("name", name),
                                            null,
                                            HttpStatus.BAD_REQUEST));
                }));
    }

    @PostMapping("/brands/{brand}/ad-accounts")
    public Mono<Rendering> link(
            @AuthenticationPrincipal ConsoleUser user, @PathVariable UUID brand, ServerWebExchange exchange) {
        return brands.open(user, brand)
                .flatMap(header -> exchange.getFormData().flatMap(form -> {
                    String account = form.getFirst("ad_account_id") == null
                            ? ""
                            : form.getFirst("ad_account_id").trim();
                    if (!header.mayChange()) {
                        return render(
                                user,
                                header,
                                Map.of("general", "A viewer cannot link ad accounts."),
                                Map.of(),
                                null,
                                HttpStatus.FORBIDDEN);
                    }
                    return metaSync.link(user, brand, account)
                            .flatMap(linked -> Flash.put(
                                    exchange,
                                    "Linked " + linked.adAccountId()
                                            + (linked.name() == null ? "" : " (" + linked.name() + ")") + "."))
                            .thenReturn(Rendering.redirectTo("/brands/" + brand + "/settings")
                                    .build())
                            .onErrorResume(
                                    ApiProblemException.class,
                                    problem -> render(
                                            user,
                                            header,
                                            FieldErrors.of(problem, "general", "ad_account_id"),
                                            Map.of("ad_account_id", account),
                                            null,
                                            HttpStatus.BAD_REQUEST));
                }));
    }

    @PostMapping("/brands/{brand}/ad-accounts/{account}/unlink")
    public Mono<Rendering> unlink(
            @AuthenticationPrincipal ConsoleUser user,
            @PathVariable UUID brand,
            @PathVariable String account,
            ServerWebExchange exchange) {
        return brands.open(user, brand).flatMap(header -> {
            if (!header.mayChange()) {
                return render(
                        user,
                        header,
                        Map.of("general", "A viewer cannot unlink ad accounts."),
                        Map.of(),
                        null,
                        HttpStatus.FORBIDDEN);
            }
            return metaSync.unlink(user, brand, account)
                    .then(Flash.put(exchange, "Unlinked " + account + "."))
                    .thenReturn(Rendering.redirectTo("/brands/" + brand + "/settings")
                            .build())
                    .onErrorResume(
                            ApiProblemException.class,
                            problem -> render(
                                    user,
                                    header,
                                    FieldErrors.of(problem, "general"),
                                    Map.of(),
                                    null,
                                    HttpStatus.BAD_REQUEST));
        });
    }

    private Mono<Rendering> render(
            ConsoleUser user,
            BrandHeader header,
            Map<String, String> errors,
            Map<String, String> entered,
            String flash,
            HttpStatus status) {
        return Section.of(metaSync.adAccounts(user, header.id()), UNAVAILABLE)
                .map(accounts -> Rendering.view("settings")
                        .modelAttribute(
                                "page",
                                new SettingsView(
                                        header,
                                        accounts,
                                        errors,
                                        entered,
                                        flash == null || flash.isEmpty() ? null : flash))
                        .status(status)
                        .build());
    }
}
