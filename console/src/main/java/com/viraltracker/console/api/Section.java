package com.viraltracker.console.api;

import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * One part of a page and the data it shows, or the sentence it shows instead when its service is unavailable.
 * A page gathers its sections in parallel; one failing never hides another.
 *
 * @param value       the data (null when the call answered nothing, or when unavailable)
 * @param unavailable the sentence shown instead ("Scorecards are unavailable right now."), or null
 */
public record Section<T>(T value, String unavailable) {

    public static <T> Section<T> of(T value) {
        return new Section<>(value, null);
    }

    public static <T> Section<T> missing(String sentence) {
        return new Section<>(null, sentence);
    }

    /** The call's answer, or this section marked unavailable when its service is down, slow or failing. */
    public static <T> Mono<Section<T>> of(Mono<T> call, String sentence) {
        return call.map(Section::of)
                .defaultIfEmpty(new Section<>(null, null))
                .onErrorResume(ServiceUnavailableException.class, e -> {
                    LoggerFactory.getLogger(Section.class).warn("{} ({})", sentence, e.getMessage());
                    return Mono.just(missing(sentence));
                });
    }

    public boolean available() {
        return unavailable == null;
    }
}
