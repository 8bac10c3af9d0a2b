package com.viraltracker.console.web;

import com.viraltracker.console.api.ApiNotFoundException;
import com.viraltracker.console.api.BrandSummary;
import com.viraltracker.console.api.MetaSyncApi;
import com.viraltracker.console.api.ServiceUnavailableException;
import com.viraltracker.console.signin.ConsoleUser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The gate of every brand page: a brand outside the user's token, or one meta-sync-service does not know for this
 * user, is the console's not-found page. A brand page shows its name even when only the brand list is down.
 */
@Component
public class BrandPages {
    private final MetaSyncApi metaSync;

    public BrandPages(MetaSyncApi metaSync) {
        this.metaSync = metaSync;
    }

    public Mono<BrandHeader> open(ConsoleUser user, UUID brand) {
        if (!user.maySee(brand)) {
            return Mono.error(new PageNotFoundException());
        }
        Mono<String> name = metaSync.brand(user, brand)
                .map(profile -> profile.name() == null ? "" : profile.name())
                .onErrorMap(ApiNotFoundException.class, e -> new PageNotFoundException())
                .onErrorResume(ServiceUnavailableException.class, e -> Mono.just(""));
        Mono<List<BrandSummary>> brands = brands(user);
        return Mono.zip(name, brands)
                .map(both -> new BrandHeader(brand, both.getT1(), user.mayChange(brand), both.getT2()));
    }

    /** The brand's page after a redirect: its header and the sentence the last form post left for it, if any. */
    public Mono<Opened> openAfterPost(ConsoleUser user, UUID brand, ServerWebExchange exchange) {
        return open(user, brand)
                .zipWith(Flash.take(exchange).defaultIfEmpty(""))
                .map(found -> new Opened(found.getT1(), found.getT2().isEmpty() ? null : found.getT2()));
    }

    /** A brand page's header and the flash sentence for it (null when none). */
    public record Opened(BrandHeader header, String flash) {}

    /** The brands the user may switch to; none when the list cannot be had right now. */
    public Mono<List<BrandSummary>> brands(ConsoleUser user) {
        return metaSync.brands(user).onErrorResume(ServiceUnavailableException.class, e -> Mono.just(List.of()));
    }
}
