package com.viraltracker.console.web;

import com.viraltracker.console.signin.ConsoleUser;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A brand's page whose forms post back to it (Creatives, Settings): shown with the sentence of the last change, or
 * again with a refused form's reasons and what was entered.
 */
public final class FormPage {
    private final BrandPages brands;
    private final String page;
    private final View view;

    /**
     * @param page the page's last path segment ({@code settings}): where a change that went through leads
     * @param view renders the page in a given state
     */
    public FormPage(BrandPages brands, String page, View view) {
        this.brands = brands;
        this.page = page;
        this.view = view;
    }

    /** How the page is to be shown: the brand, a refused form's reasons and entries, the last change's sentence. */
    public record State(
            BrandHeader header,
            Map<String, String> errors,
            Map<String, String> entered,
            String flash,
            HttpStatus status) {}

    @FunctionalInterface
    public interface View {
        Mono<Rendering> render(ConsoleUser user, State state);
    }

    /** The page as a GET shows it, with the sentence a change before the redirect left. */
    public Mono<Rendering> show(ConsoleUser user, UUID brand, ServerWebExchange exchange) {
        return brands.openAfterPost(user, brand, exchange)
                .flatMap(opened -> view.render(
                        user, new State(opened.header(), Map.of(), Map.of(), opened.flash(), HttpStatus.OK)));
    }

    /** A form posted to the page: it leads back to the page, or shows the page again with the refusal. */
    public Mono<FormPost> post(ConsoleUser user, UUID brand, ServerWebExchange exchange) {
        return brands.open(user, brand)
                .map(header -> new FormPost(
                        exchange,
                        header,
                        "/brands/" + brand + "/" + page,
                        (errors, entered, status) ->
                                view.render(user, new State(header, errors, entered, null, status))));
    }
}
