package com.viraltracker.metasync.accounts;

import com.facebook.ads.sdk.APIContext;
import com.viraltracker.metasync.connections.FacebookConnections;
import com.viraltracker.metasync.graph.AccountUnavailableException;
import com.viraltracker.metasync.graph.AdAccountInfo;
import com.viraltracker.metasync.graph.AdAccountLookup;
import com.viraltracker.metasync.graph.GraphContexts;
import com.viraltracker.metasync.graph.GraphFailure;
import com.viraltracker.metasync.tokens.AccountTokens;
import com.viraltracker.metasync.tokens.TokenCipher;
import com.viraltracker.metasync.tokens.TokenOwner;
import com.viraltracker.metasync.tokens.TokenUnreadableException;
import com.viraltracker.support.security.BrandAccess;
import com.viraltracker.support.web.FieldProblemException;
import com.viraltracker.support.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Links an ad account to a brand after Meta confirmed it exists and told us its currency and time zone. */
@Service
public class AdAccountLinker {
    static final String FIELD = "ad_account_id";
    static final String TOKEN_FIELD = "access_token";
    static final String CONNECTION_FIELD = "connection_id";

    /** Whose token a link is verified with, for the messages that say who may not read the account. */
    enum Credential {
        SYSTEM_USER("our Meta system user"),
        OWN_TOKEN("the user of the given access_token"),
        CONNECTION("the Facebook user of the brand's connection");

        final String who;

        Credential(String who) {
            this.who = who;
        }
    }
    /** Meta's tokens are a few hundred characters of letters and digits; this bounds what we encrypt and store. */
    static final int MAX_TOKEN_LENGTH = 4096;

    private static final Pattern ACCOUNT_ID = Pattern.compile("^(act_)?([0-9]{1,20})$");
    private static final Pattern TOKEN = Pattern.compile("^[\\x21-\\x7E]+$");

    private final AdAccountLookup lookup;
    private final BrandAdAccounts accounts;
    private final GraphContexts contexts;
    private final AccountTokens tokens;
    private final TokenCipher cipher;
    private final Clock clock;
    private final BrandAccess brandAccess;
    private final FacebookConnections connections;

    public AdAccountLinker(
            AdAccountLookup lookup,
            BrandAdAccounts accounts,
            GraphContexts contexts,
            AccountTokens tokens,
            TokenCipher cipher,
            Clock clock,
            BrandAccess brandAccess,
            FacebookConnections connections) {
        this.lookup = lookup;
        this.accounts = accounts;
        this.contexts = contexts;
        this.tokens = tokens;
        this.cipher = cipher;
        this.clock = clock;
        this.brandAccess = brandAccess;
        this.connections = connections;
    }

    /**
     * Verifies the account with Meta (with the request's token when it has one, else the system user's), saves
     * the link and, when a token was given, stores it encrypted in place of an earlier one. Linking again without
     * a token keeps the account's token.
     */
    public Mono<BrandAdAccounts.Saved> link(UUID brandId, LinkAdAccountRequest request) {
        // The brand first: a caller must not learn from Meta's answer about an account of a brand it cannot see.
        return brandAccess.requireBrand(brandId, "brand").then(Mono.defer(() -> verifyAndSave(brandId, request)));
    }

    public Mono<List<BrandAdAccount>> list(UUID brandId) {
        return brandAccess
                .requireBrand(brandId, "brand")
                .then(accounts.findByBrand(brandId).collectList());
    }

    /** Unlinks the account; its stored token goes with it. */
    public Mono<Void> unlink(UUID brandId, String adAccountId) {
        return brandAccess.requireBrand(brandId, "brand").then(Mono.defer(() -> {
            String actId = normalize(adAccountId);
            return accounts.delete(brandId, actId)
                    .flatMap(deleted -> deleted
                            ? Mono.<Void>empty()
                            : Mono.error(new NotFoundException("ad account " + actId + " of brand", brandId)));
        }));
    }

    private Mono<BrandAdAccounts.Saved> verifyAndSave(UUID brandId, LinkAdAccountRequest request) {
        String actId = normalize(request == null ? null : request.adAccountId());
        String token = accessToken(request);
        if (request != null && request.connectionId() != null) {
            if (token != null) {
                throw new FieldProblemException(
                        CONNECTION_FIELD, "give either connection_id or access_token, not both");
            }
            return throughConnection(brandId, actId, connectionId(request.connectionId()));
        }
        if (token != null && cipher.keys().isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "this server cannot store per-account "
                            + "access tokens: META_TOKEN_KEYS is not configured; link the account without access_token or "
                            + "ask an operator to set the key");
        }
        TokenOwner owner = new TokenOwner(brandId, actId);
        // The SDK blocks; keep it off the event loop. Relinking without a token verifies with the stored one.
        return Mono.fromCallable(() -> {
                    String verifyWith = token != null ? token : storedToken(owner);
                    return verify(
                            actId,
                            contexts.forAccount(verifyWith),
                            verifyWith != null ? Credential.OWN_TOKEN : Credential.SYSTEM_USER);
                })
                .subscribeOn(Schedulers.boundedElastic())
                .zipWith(brandAccess.subject())
                .flatMap(infoAndCaller -> accounts.save(
                        BrandAdAccount.linked(brandId, infoAndCaller.getT1(), clock.instant()), infoAndCaller.getT2()))
                .flatMap(saved -> token == null
                        ? Mono.just(saved)
                        : tokens.store(owner, token, clock.instant())
                                .map(at -> new BrandAdAccounts.Saved(
                                        saved.account().withAccessTokenSetAt(at), saved.created())));
    }

    /** Verifies the account with the connection's token and links it through the connection. */
    private Mono<BrandAdAccounts.Saved> throughConnection(UUID brandId, String actId, UUID connectionId) {
        return Mono.fromCallable(() -> {
                    String token;
                    try {
                        token = connections
                                .tokenOf(brandId, connectionId)
                                .orElseThrow(() -> FieldProblemException.unprocessable(
                                        CONNECTION_FIELD, "the brand has no Facebook connection " + connectionId));
                    } catch (TokenUnreadableException e) {
                        throw FieldProblemException.unprocessable(CONNECTION_FIELD, e.getMessage());
                    }
                    return verify(actId, contexts.forAccount(token), Credential.CONNECTION);
                })
                .subscribeOn(Schedulers.boundedElastic())
                .zipWith(brandAccess.subject())
                .flatMap(infoAndCaller -> accounts.save(
                        BrandAdAccount.linked(brandId, infoAndCaller.getT1(), clock.instant())
                                .throughConnection(connectionId),
                        infoAndCaller.getT2()));
    }

    private static UUID connectionId(String raw) {
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new FieldProblemException(
                    CONNECTION_FIELD, "must be the id of one of the brand's Facebook connections");
        }
    }

    /** The token the account was linked with before; one that no longer decrypts counts as none. */
    private String storedToken(TokenOwner owner) {
        try {
            return tokens.tokenOf(owner).orElse(null);
        } catch (TokenUnreadableException e) {
            return null;
        }
    }

    private static String accessToken(LinkAdAccountRequest request) {
        if (request == null || request.accessToken() == null) {
            return null;
        }
        String token = request.accessToken().strip();
        // Reasons name the field and the rule, never the value.
        if (token.isEmpty()) {
            throw new FieldProblemException(TOKEN_FIELD, "must not be blank (leave it out to use the system user's)");
        }
        if (token.length() > MAX_TOKEN_LENGTH || !TOKEN.matcher(token).matches()) {
            throw new FieldProblemException(
                    TOKEN_FIELD,
                    "must be a Meta access token: at most " + MAX_TOKEN_LENGTH
                            + " printable characters without spaces");
        }
        return token;
    }

    /** {@code act_123} from {@code act_123} or {@code 123}. */
    static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new FieldProblemException(FIELD, "is required");
        }
        var match = ACCOUNT_ID.matcher(raw.trim());
        if (!match.matches()) {
            throw new FieldProblemException(FIELD, "must be a Meta ad account id such as act_1234567890");
        }
        return "act_" + match.group(2);
    }

    private AdAccountInfo verify(String actId, APIContext context, Credential credential) {
        try {
            return lookup.lookup(actId, context);
        } catch (GraphFailure failure) {
            switch (failure.kind()) {
                case AUTH -> {
                    if (credential == Credential.CONNECTION) {
                        throw FieldProblemException.unprocessable(
                                CONNECTION_FIELD,
                                "Meta no longer accepts the connection's token (" + failure.describe()
                                        + "); reconnect Facebook in the brand's settings, then link the account");
                    }
                    if (credential == Credential.OWN_TOKEN) {
                        throw new FieldProblemException(
                                TOKEN_FIELD,
                                "Meta rejected it for " + actId + " (" + failure.describe()
                                        + "); get a fresh token with ads_read on the account");
                    }
                    throw new ResponseStatusException(
                            HttpStatus.BAD_GATEWAY,
                            "Meta rejected our access token (" + failure.describe()
                                    + "); reconnect the Meta integration, then link the account again");
                }
                case RATE_LIMITED, TRANSIENT ->
                    throw new ResponseStatusException(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "Meta is unavailable or throttling us (" + failure.describe()
                                    + "); try again in a few minutes");
                case NOT_FOUND ->
                    // Meta gives the same answer for an id that does not exist and one the token may not see.
                    throw FieldProblemException.unprocessable(
                            FIELD,
                            "Meta does not know ad account " + actId + ", or " + credential.who
                                    + " may not see it (" + failure.describe() + "); check the id in Meta Ads Manager"
                                    + " and that " + credential.who + " has at least ads_read on the account");
                case PERMISSION ->
                    throw FieldProblemException.unprocessable(
                            FIELD,
                            "Meta says the owner of ad account " + actId + " has not granted " + credential.who
                                    + " access (" + failure.describe() + "); ask an admin of the account to grant at"
                                    + " least ads_read, then link it again");
                default ->
                    throw new FieldProblemException(
                            FIELD, "Meta refused to read ad account " + actId + " (" + failure.describe() + ")");
            }
        } catch (AccountUnavailableException e) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        }
    }
}
