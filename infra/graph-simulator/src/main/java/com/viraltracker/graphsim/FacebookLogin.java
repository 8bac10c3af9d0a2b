package com.viraltracker.graphsim;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Facebook Login's state: apps, users, authorization codes and user access tokens, with Meta's lifetimes. A code
 * is single-use and lives {@link #CODE_LIFETIME}; the token it is exchanged for is short-lived ({@link
 * #SHORT_LIVED}); exchanged again ({@code fb_exchange_token}) it becomes long-lived ({@link #LONG_LIVED}, about 60
 * days). Meta gives no refresh token: only a new login renews access. Time is the simulator's, so moving its clock
 * expires tokens as the days would.
 */
final class FacebookLogin {
    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    static final Duration SHORT_LIVED = Duration.ofHours(2);
    static final Duration LONG_LIVED = Duration.ofDays(60);
    /** Meta's data access expiry: 90 days after the user last used the app. */
    static final Duration DATA_ACCESS = Duration.ofDays(90);
    /** The permissions whose grant names ad accounts ({@code granular_scopes[].target_ids}). */
    static final Set<String> ACCOUNT_SCOPES = Set.of("ads_read", "ads_management");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final Supplier<Instant> now;
    private final Map<String, FacebookApp> apps = new ConcurrentHashMap<>();
    private final Map<String, FacebookUser> users = new ConcurrentHashMap<>();
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Set<String> redeemedCodes = ConcurrentHashMap.newKeySet();
    private volatile String signedInUser;

    FacebookLogin(Supplier<Instant> now) {
        this.now = now;
    }

    /** An authorization code the dialog gave out. */
    record Code(
            String value,
            String appId,
            String userId,
            String redirectUri,
            List<String> scopes,
            List<String> accountIds,
            Instant issuedAt) {}

    /** Why a token no longer works, with Meta's error 190 subcode for it. */
    enum Invalidation {
        /** The user removed the app, or the app revoked its permissions (DELETE /{user-id}/permissions). */
        NOT_AUTHORIZED(458),
        /** The user changed their password or Facebook ended the session for security reasons. */
        SESSION_INVALIDATED(460);

        final int subcode;

        Invalidation(int subcode) {
            this.subcode = subcode;
        }
    }

    /** A user access token; {@code invalidation} is null while nothing but time can end it. */
    record Token(
            String value,
            String appId,
            String userId,
            boolean longLived,
            List<String> scopes,
            List<String> accountIds,
            Instant issuedAt,
            Instant expiresAt,
            Invalidation invalidation) {

        Token with(Invalidation reason) {
            return new Token(value, appId, userId, longLived, scopes, accountIds, issuedAt, expiresAt, reason);
        }

        Token expiringAt(Instant at) {
            return new Token(value, appId, userId, longLived, scopes, accountIds, issuedAt, at, invalidation);
        }
    }

    Instant now() {
        return now.get();
    }

    void app(FacebookApp app) {
        apps.put(app.id(), app);
    }

    Optional<FacebookApp> app(String id) {
        return Optional.ofNullable(id).map(apps::get);
    }

    /** Adds a user; the first one added is the one the dialog shows as signed in. */
    void user(FacebookUser user) {
        users.put(user.id(), user);
        if (signedInUser == null) {
            signedInUser = user.id();
        }
    }

    Optional<FacebookUser> user(String id) {
        return Optional.ofNullable(id).map(users::get);
    }

    void signIn(String userId) {
        if (!users.containsKey(userId)) {
            throw new IllegalArgumentException("no simulated Facebook user " + userId);
        }
        signedInUser = userId;
    }

    Optional<FacebookUser> signedIn() {
        return user(signedInUser);
    }

    Code issueCode(
            FacebookApp app, FacebookUser user, String redirectUri, List<String> scopes, List<String> accountIds) {
        Code code = new Code("AQ" + random(120), app.id(), user.id(), redirectUri, scopes, accountIds, now());
        codes.put(code.value(), code);
        return code;
    }

    Optional<Code> code(String value) {
        return Optional.ofNullable(value).map(codes::get);
    }

    /** Uses up the code: a second exchange of it is refused, as Meta refuses it (and says why). */
    boolean redeem(Code code) {
        return redeemedCodes.add(code.value());
    }

    boolean expired(Code code) {
        return now().isAfter(code.issuedAt().plus(CODE_LIFETIME));
    }

    Token shortLived(Code code) {
        return issue(code.appId(), code.userId(), false, code.scopes(), code.accountIds(), SHORT_LIVED);
    }

    Token longLived(Token shortLived) {
        return issue(
                shortLived.appId(),
                shortLived.userId(),
                true,
                shortLived.scopes(),
                shortLived.accountIds(),
                LONG_LIVED);
    }

    private Token issue(
            String appId, String userId, boolean longLived, List<String> scopes, List<String> accounts, Duration life) {
        Instant issued = now();
        Token token = new Token(
                "EAA" + random(180), appId, userId, longLived, scopes, accounts, issued, issued.plus(life), null);
        tokens.put(token.value(), token);
        return token;
    }

    Optional<Token> token(String value) {
        return Optional.ofNullable(value).map(tokens::get);
    }

    boolean isLoginToken(String value) {
        return value != null && tokens.containsKey(value);
    }

    boolean expired(Token token) {
        return !now().isBefore(token.expiresAt());
    }

    /** Tokens of a user, newest first (what tests and the admin API look at). */
    List<Token> tokensOf(String userId) {
        List<Token> all = new ArrayList<>();
        for (Token token : tokens.values()) {
            if (token.userId().equals(userId)) {
                all.add(token);
            }
        }
        all.sort((a, b) -> b.issuedAt().compareTo(a.issuedAt()));
        return all;
    }

    void expire(String tokenValue) {
        tokens.computeIfPresent(tokenValue, (value, token) -> token.expiringAt(now().minusSeconds(1)));
    }

    void expireTokensOf(String userId) {
        tokensOf(userId).forEach(token -> expire(token.value()));
    }

    /** The app's permissions were taken away for this user: every token of the pair stops working. */
    void revokePermissions(String appId, String userId) {
        invalidate(
                tokens.values(),
                token -> token.appId().equals(appId) && token.userId().equals(userId),
                Invalidation.NOT_AUTHORIZED);
    }

    void invalidateSessions(String userId) {
        invalidate(tokens.values(), token -> token.userId().equals(userId), Invalidation.SESSION_INVALIDATED);
    }

    private void invalidate(Collection<Token> all, java.util.function.Predicate<Token> which, Invalidation reason) {
        for (Token token : List.copyOf(all)) {
            if (which.test(token) && token.invalidation() == null) {
                tokens.put(token.value(), token.with(reason));
            }
        }
    }

    private static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
