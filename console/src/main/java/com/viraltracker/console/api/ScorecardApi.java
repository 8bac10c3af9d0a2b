package com.viraltracker.console.api;

import com.viraltracker.console.signin.ConsoleUser;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Mono;

/** scorecard-service: a brand's stored scorecards, one as JSON, and its CSV. */
public final class ScorecardApi {
    private final ServiceApi api;

    ScorecardApi(ServiceApi api) {
        this.api = api;
    }

    public Mono<ScorecardPage> scorecards(ConsoleUser user, UUID brand, int page, int size) {
        return api.get(
                user,
                uri -> uri.path("/api/v1/brands/{brand}/scorecards")
                        .queryParam("page", page)
                        .queryParam("size", size)
                        .build(brand),
                ScorecardPage.class);
    }

    public Mono<Scorecard> scorecard(ConsoleUser user, UUID id) {
        return api.get(user, uri -> uri.path("/api/v1/scorecards/{id}").build(id), Scorecard.class);
    }

    public Mono<ResponseEntity<byte[]>> csv(ConsoleUser user, UUID id) {
        return api.bytes(user, uri -> uri.path("/api/v1/scorecards/{id}.csv").build(id));
    }
}
