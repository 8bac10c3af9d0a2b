package com.viraltracker.console.api;

import com.viraltracker.console.signin.ConsoleUser;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/** meta-sync-service: brand profiles, ad account links and aggregated performance. */
public final class MetaSyncApi {
    private static final ParameterizedTypeReference<List<BrandSummary>> BRANDS = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<AdAccount>> ACCOUNTS = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<FacebookConnection>> CONNECTIONS =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<GrantedAccount>> GRANTED =
            new ParameterizedTypeReference<>() {};

    private final ServiceApi api;

    MetaSyncApi(ServiceApi api) {
        this.api = api;
    }

    public Mono<List<BrandSummary>> brands(ConsoleUser user) {
        return api.get(user, uri -> uri.path("/api/v1/brands").build(), BRANDS);
    }

    public Mono<BrandProfile> brand(ConsoleUser user, UUID brand) {
        return api.get(user, uri -> uri.path("/api/v1/brands/{brand}").build(brand), BrandProfile.class);
    }

    public Mono<BrandProfile> rename(ConsoleUser user, UUID brand, String name) {
        return api.send(
                user,
                HttpMethod.PUT,
                uri -> uri.path("/api/v1/brands/{brand}").build(brand),
                Map.of("name", name),
                BrandProfile.class);
    }

    public Mono<List<AdAccount>> adAccounts(ConsoleUser user, UUID brand) {
        return api.get(
                user, uri -> uri.path("/api/v1/brands/{brand}/ad-accounts").build(brand), ACCOUNTS);
    }

    public Mono<AdAccount> link(ConsoleUser user, UUID brand, String adAccountId) {
        return api.send(
                user,
                HttpMethod.POST,
                uri -> uri.path("/api/v1/brands/{brand}/ad-accounts").build(brand),
                Map.of("ad_account_id", adAccountId),
                AdAccount.class);
    }

    public Mono<Void> unlink(ConsoleUser user, UUID brand, String adAccountId) {
        return api.send(
                user,
                HttpMethod.DELETE,
                uri -> uri.path("/api/v1/brands/{brand}/ad-accounts/{account}").build(brand, adAccountId),
                (Object) null,
                Void.class);
    }

    public Mono<List<FacebookConnection>> facebookConnections(ConsoleUser user, UUID brand) {
        return api.get(
                user,
                uri -> uri.path("/api/v1/brands/{brand}/facebook-connections").build(brand),
                CONNECTIONS);
    }

    /** Starts a Facebook login for the brand; {@code reconnect}: the connection whose token it renews, or null. */
    public Mono<FacebookLogin> startFacebookLogin(ConsoleUser user, UUID brand, UUID reconnect) {
        return api.send(
                user,
                HttpMethod.POST,
                uri -> uri.path("/api/v1/brands/{brand}/facebook-connections").build(brand),
                reconnect == null ? Map.of() : Map.of("reconnect_id", reconnect),
                FacebookLogin.class);
    }

    /**
     * Finishes a Facebook login with what Meta put on the browser's redirect, as the signed-in user: meta-sync
     * refuses (403) a login another user started, and (409) one that is unknown, used or expired.
     */
    public Mono<FacebookLoginCompletion> completeFacebookLogin(
            ConsoleUser user, String state, String code, String error) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("state", state);
        if (code != null) {
            body.put("code", code);
        }
        if (error != null) {
            body.put("error", error);
        }
        return api.send(
                user,
                HttpMethod.POST,
                uri -> uri.path("/api/v1/facebook-logins/completion").build(),
                body,
                FacebookLoginCompletion.class);
    }

    public Mono<List<GrantedAccount>> grantedAccounts(ConsoleUser user, UUID brand, UUID connection) {
        return api.get(
                user,
                uri -> uri.path("/api/v1/brands/{brand}/facebook-connections/{connection}/ad-accounts")
                        .build(brand, connection),
                GRANTED);
    }

    public Mono<AdAccount> linkThroughConnection(ConsoleUser user, UUID brand, String adAccountId, UUID connection) {
        return api.send(
                user,
                HttpMethod.POST,
                uri -> uri.path("/api/v1/brands/{brand}/ad-accounts").build(brand),
                Map.of("ad_account_id", adAccountId, "connection_id", connection),
                AdAccount.class);
    }

    public Mono<Void> disconnectFacebook(ConsoleUser user, UUID brand, UUID connection) {
        return api.send(
                user,
                HttpMethod.DELETE,
                uri -> uri.path("/api/v1/brands/{brand}/facebook-connections/{connection}")
                        .build(brand, connection),
                (Object) null,
                Void.class);
    }

    /** {@code groupBy}: day, ad or campaign; every row, days by date and ads and campaigns by spend. */
    public Mono<Performance> performance(ConsoleUser user, UUID brand, LocalDate from, LocalDate to, String groupBy) {
        return performance(user, brand, from, to, groupBy, null, null, null);
    }

    /**
     * Each currency's first {@code limit} rows in the order of {@code sort} (meta-sync's column name: name,
     * campaign_name, spend, ...) and {@code direction} (asc, desc); each left out (null) is the service's default.
     */
    public Mono<Performance> performance(
            ConsoleUser user,
            UUID brand,
            LocalDate from,
            LocalDate to,
            String groupBy,
            String sort,
            String direction,
            Integer limit) {
        return api.get(
                user,
                uri -> {
                    uri.path("/api/v1/brands/{brand}/performance")
                            .queryParam("from", from)
                            .queryParam("to", to)
                            .queryParam("group_by", groupBy);
                    if (sort != null) {
                        uri.queryParam("sort", sort);
                    }
                    if (direction != null) {
                        uri.queryParam("direction", direction);
                    }
                    if (limit != null) {
                        uri.queryParam("limit", limit);
                    }
                    return uri.build(brand);
                },
                Performance.class);
    }
}
