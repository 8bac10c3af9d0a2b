package com.viraltracker.console.web;

import com.viraltracker.console.api.ApiProblemException;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A page's form post that changes something: refused for a viewer; else done through a service, and on to the page
 * again with a sentence saying what was done (post, redirect, get); or, when the service refuses, the page shown
 * again with its reasons next to the inputs and what was typed kept.
 *
 * @param back  where the browser goes when it is done
 * @param again the page rendered again with reasons, typed values and a status
 */
public record FormPost(ServerWebExchange exchange, BrandHeader brand, String back, PageAgain again) {

    /** Renders the page again. */
    @FunctionalInterface
    public interface PageAgain {
        Mono<Rendering> render(Map<String, String> errors, Map<String, String> entered, HttpStatus status);
    }

    /**
     * @param viewerRefusal what a viewer is told (the page offers a viewer no such form; this is the answer to a
     *                      hand-made post)
     * @param reasons       where the service's reasons go on the page
     * @param action        the change, answering the sentence shown on the next page
     */
    public Mono<Rendering> run(
            String viewerRefusal,
            Map<String, String> entered,
            Function<ApiProblemException, Map<String, String>> reasons,
            Supplier<Mono<String>> action) {
        if (!brand.mayChange()) {
            return again.render(Map.of("general", viewerRefusal), entered, HttpStatus.FORBIDDEN);
        }
        return Mono.defer(action)
                .flatMap(done -> Flash.put(exchange, done))
                .thenReturn(Rendering.redirectTo(back).build())
                .onErrorResume(
                        ApiProblemException.class,
                        problem -> again.render(reasons.apply(problem), entered, HttpStatus.BAD_REQUEST));
    }

    /** A form field's text, empty when it was not sent. */
    public static String text(org.springframework.util.MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value;
    }
}
