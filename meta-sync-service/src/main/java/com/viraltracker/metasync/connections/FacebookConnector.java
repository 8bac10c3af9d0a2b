package com.viraltracker.metasync.connections;

import com.viraltracker.events.serde.SnakeCase;
import com.viraltracker.metasync.accounts.BrandAdAccount;
import com.viraltracker.metasync.accounts.BrandAdAccounts;
import com.viraltracker.metasync.tokens.TokenCipher;
import com.viraltracker.metasync.tokens.TokenUnreadableException;
import com.viraltracker.support.security.BrandAccess;
import com.viraltracker.support.web.NotFoundException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * "Connect Facebook": starts a login for a brand, finishes it when the console brings back what Meta sent to the
 * browser, lists what was granted and disconnects. Nothing is stored from a login that did not end with a valid
 * long-lived token that grants {@code ads_read} on at least one ad account.
 */
public class FacebookConnector {
    private static final Logger log = LoggerFactory.getLogger(FacebookConnector.class);

    private final FacebookLoginProperties properties;
    private final FacebookLoginClient meta;
    private final LoginStates states;
    private final FacebookConnections connections;
    private final TokenCipher cipher;
    private final BrandAccess brandAccess;
    private final BrandAdAccounts linked;
    private final Clock clock;
    private final String dialogUrl;

    public FacebookConnector(
            FacebookLoginProperties properties,
            FacebookLoginClient meta,
            LoginStates states,
            FacebookConnections connections,
            TokenCipher cipher,
            BrandAccess brandAccess,
            BrandAdAccounts linked,
            Clock clock,
            String dialogBaseUrl,
            String apiVersion) {
        this.properties = properties;
        this.meta = meta;
        this.states = states;
        this.connections = connections;
        this.cipher = cipher;
        this.brandAccess = brandAccess;
        this.linked = linked;
        this.clock = clock;
        this.dialogUrl = dialogBaseUrl + "/" + apiVersion + "/dialog/oauth";
    }

    /** Where to send the person's browser to log in, and until when that link works. */
    @SnakeCase
    public record Authorization(String authorizationUrl, Instant expiresAt) {}

    /** Starts a login for the brand, or for renewing one of its connections ({@code reconnectId}). */
    public Mono<Authorization> start(UUID brandId, UUID reconnectId) {
        return brandAccess.requireBrand(brandId, "brand").then(Mono.defer(() -> {
            requireSetUp();
            Mono<Void> connectionExists = reconnectId == null
                    ? Mono.empty()
                    : connections
                            .find(brandId, reconnectId)
                            .switchIfEmpty(Mono.error(new NotFoundException("Facebook connection", reconnectId)))
                            .then();
            Instant now = clock.instant();
            return connectionExists
                    .then(brandAccess.subject())
                    .flatMap(subject -> states.start(brandId, subject, reconnectId, now, properties.stateLifetime()))
                    .map(state -> new Authorization(
                            dialogUrl + "?client_id=" + encode(properties.appId()) + "&redirect_uri="
                                    + encode(properties.redirectUri()) + "&state=" + encode(state)
                                    + "&response_type=code&scope=" + encode(String.join(",", properties.scopes())),
                            now.plus(properties.stateLifetime())));
        }));
    }

    /**
     * How a finished login ended, for the console to show: {@code outcome} is {@code connected} (choose the accounts
     * of {@code connectionId}), or why nothing was stored: {@code denied} (consent cancelled), {@code missing_scope}
     * (no {@code ads_read} on any ad account), {@code failed} (Meta refused the code or the token) or
     * {@code other_facebook_user} (a reconnect logged in as someone other than the connection's Facebook user).
     */
    @SnakeCase
    public record Completion(
            UUID brandId,

            @Schema(allowableValues = {"connected", "denied", "missing_scope", "failed", "other_facebook_user"})
            String outcome,

            @Schema(description = "the stored connection, with outcome connected only")
            UUID connectionId) {
        static Completion connected(UUID brandId, UUID connectionId) {
            return new Completion(brandId, "connected", connectionId);
        }

        static Completion nothingStored(UUID brandId, String why) {
            return new Completion(brandId, why, null);
        }
    }

    /**
     * Finishes a login with what Meta put on the browser's redirect (a code, or an error), for the signed-in person
     * whose browser arrived. The state is taken first, whoever calls, so it works once: a state that reached
     * another person's browser ends the login (its code is not trusted afterwards). Only the person who started the
     * login may finish it, and only while they may still act on its brand; otherwise nothing is stored.
     */
    public Mono<Completion> complete(String state, String code, String error) {
        // Set-up is required only for the exchange: without it no login can have started, so any state here is
        // unknown (409), which is what the caller needs to hear, not that the server lacks an app.
        return Mono.defer(() -> {
            Instant now = clock.instant();
            return Mono.zip(states.take(state, now), brandAccess.subject()).flatMap(taken -> {
                LoginStates.Started login = taken.getT1()
                        .orElseThrow(() -> new ResponseStatusException(
                                HttpStatus.CONFLICT,
                                "this Facebook login is unknown, was already used, or is older than "
                                        + properties.stateLifetime().toMinutes()
                                        + " minutes: nothing was stored; start again with Connect Facebook"));
                if (!login.startedBy().equals(taken.getT2())) {
                    log.warn(
                            "refused to finish a Facebook login of brand {} started by {} for {}: nothing stored",
                            login.brandId(),
                            login.startedBy(),
                            taken.getT2());
                    return Mono.error(new ResponseStatusException(
                            HttpStatus.FORBIDDEN,
                            "this Facebook login was started by another user: nothing was stored; start your own"
                                    + " with Connect Facebook in the brand's settings"));
                }
                return brandAccess
                        .requireBrand(login.brandId(), "brand")
                        .then(Mono.defer(() -> finish(login, code, error, now)));
            });
        });
    }

    private Mono<Completion> finish(LoginStates.Started login, String code, String error, Instant now) {
        if (error != null || code == null || code.isBlank()) {
            return Mono.just(Completion.nothingStored(login.brandId(), "denied"));
        }
        requireSetUp();
        return Mono.fromCallable(() -> exchange(code, now))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(granted -> granted.problem() != null
                        ? Mono.just(Completion.nothingStored(login.brandId(), granted.problem()))
                        : store(login, granted, now)
                                .map(id -> id.map(saved -> Completion.connected(login.brandId(), saved))
                                        .orElseGet(() ->
                                                Completion.nothingStored(login.brandId(), "other_facebook_user"))));
    }

    private record Exchanged(FacebookConnections.Grant grant, String token, String problem) {}

    /** Code → short-lived → long-lived token, then what Meta says it grants. */
    private Exchanged exchange(String code, Instant now) {
        try {
            FacebookLoginClient.UserToken shortLived = meta.exchangeCode(code, now);
            FacebookLoginClient.UserToken longLived = meta.exchangeForLongLived(shortLived.value(), now);
            FacebookLoginClient.TokenInspection inspection = meta.inspect(longLived.value());
            if (!inspection.valid() || !properties.appId().equals(inspection.appId())) {
                return new Exchanged(null, null, "failed");
            }
            if (!inspection.scopes().contains("ads_read")
                    || inspection.adsReadAccountIds().isEmpty()) {
                return new Exchanged(null, null, "missing_scope");
            }
            List<String> me = meta.me(longLived.value());
            Instant expiresAt = inspection.expiresAt() != null ? inspection.expiresAt() : longLived.expiresAt();
            return new Exchanged(
                    new FacebookConnections.Grant(
                            inspection.userId(),
                            me.get(1).isBlank() ? "Facebook user " + inspection.userId() : me.get(1),
                            inspection.scopes(),
                            inspection.adsReadAccountIds().stream()
                                    .map(id -> id.startsWith("act_") ? id : "act_" + id)
                                    .toList(),
                            expiresAt,
                            inspection.dataAccessExpiresAt()),
                    longLived.value(),
                    null);
        } catch (FacebookLoginException e) {
            log.warn(
                    "Facebook login could not be finished: Meta answered {}/{}: {}",
                    e.code(),
                    e.subcode(),
                    e.getMessage());
            return new Exchanged(null, null, "failed");
        }
    }

    /**
     * Saves the connection; a reconnect saves only when the same Facebook user logged in again (empty otherwise:
     * another user's login must not replace the token the brand's accounts are read with).
     */
    private Mono<Optional<UUID>> store(LoginStates.Started login, Exchanged granted, Instant now) {
        Mono<Boolean> allowed = login.reconnectId() == null
                ? Mono.just(true)
                : connections
                        .find(login.brandId(), login.reconnectId())
                        .map(existing ->
                                existing.facebookUserId().equals(granted.grant().facebookUserId()))
                        .defaultIfEmpty(false);
        return allowed.flatMap(ok -> ok
                ? connections
                        .save(login.brandId(), granted.grant(), granted.token(), login.startedBy(), now)
                        .map(Optional::of)
                : Mono.just(Optional.<UUID>empty()));
    }

    public Mono<List<FacebookConnection>> list(UUID brandId) {
        return brandAccess
                .requireBrand(brandId, "brand")
                .then(connections.findByBrand(brandId).collectList());
    }

    public Mono<FacebookConnection> get(UUID brandId, UUID id) {
        return brandAccess
                .requireBrand(brandId, "brand")
                .then(connections
                        .find(brandId, id)
                        .switchIfEmpty(Mono.error(new NotFoundException("Facebook connection", id))));
    }

    /** An ad account the connection's user granted, and whether the brand already links it. */
    @SnakeCase
    public record GrantedAccount(String adAccountId, String name, String currency, String timeZone, boolean linked) {}

    public Mono<List<GrantedAccount>> grantedAccounts(UUID brandId, UUID id) {
        return get(brandId, id)
                .then(linked.findByBrand(brandId)
                        .map(BrandAdAccount::adAccountId)
                        .collectList())
                .flatMap(linkedIds -> Mono.fromCallable(() -> {
                            String token = token(brandId, id);
                            try {
                                return meta.adAccounts(token).stream()
                                        .map(a -> new GrantedAccount(
                                                a.id(),
                                                a.name(),
                                                a.currency(),
                                                a.timeZone(),
                                                linkedIds.contains(a.id())))
                                        .toList();
                            } catch (FacebookLoginException e) {
                                throw unavailable(e);
                            }
                        })
                        .subscribeOn(Schedulers.boundedElastic()));
    }

    /** Removes the app's permissions at Meta, deletes the token and unlinks the connection's accounts. */
    public Mono<Void> disconnect(UUID brandId, UUID id) {
        return get(brandId, id)
                .flatMap(connection -> Mono.fromRunnable(() -> revoke(brandId, connection))
                        .subscribeOn(Schedulers.boundedElastic())
                        .then(connections.delete(brandId, id)))
                .then();
    }

    private void revoke(UUID brandId, FacebookConnection connection) {
        try {
            meta.revokePermissions(connection.facebookUserId(), token(brandId, connection.id()));
        } catch (FacebookLoginException e) {
            if (!e.tokenInvalid()) {
                throw unavailable(e);
            }
            // Meta already ended the token: there is nothing left to revoke there.
        } catch (ResponseStatusException e) {
            // The token no longer decrypts (its key is gone): there is nothing to revoke with; delete it all the same.
            log.warn("disconnecting {} without revoking at Meta: {}", connection.id(), e.getReason());
        }
    }

    /** The connection's token, for calls made with it. */
    String token(UUID brandId, UUID id) {
        try {
            return connections.tokenOf(brandId, id).orElseThrow(() -> new NotFoundException("Facebook connection", id));
        } catch (TokenUnreadableException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
    }

    private void requireSetUp() {
        if (!properties.configured()) {
            throw new ResponseStatusException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "Connect Facebook is not set up on this server: an operator must set META_APP_ID, META_APP_SECRET"
                            + " (or META_APP_SECRET_FILE) and META_OAUTH_REDIRECT_URI");
        }
        if (cipher.keys().isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "this server cannot store Facebook tokens: META_TOKEN_KEYS is not configured; ask an operator to"
                            + " set the key");
        }
    }

    private static ResponseStatusException unavailable(FacebookLoginException e) {
        if (e.tokenInvalid()) {
            return new ResponseStatusException(
                    HttpStatus.CONFLICT,
                    "Meta no longer accepts this connection's token (" + e.getMessage() + "); reconnect Facebook");
        }
        return new ResponseStatusException(
                HttpStatus.SERVICE_UNAVAILABLE, "Meta is unavailable (" + e.getMessage() + "); try again shortly");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
