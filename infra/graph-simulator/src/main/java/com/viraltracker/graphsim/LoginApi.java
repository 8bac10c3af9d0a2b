package com.viraltracker.graphsim;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Facebook Login's endpoints, answering as Meta does: the OAuth dialog (a consent page for the signed-in simulated
 * user), the code and long-lived token exchanges, {@code debug_token}, {@code me} and {@code me/adaccounts}, and
 * {@code DELETE /{user-id}/permissions}. The dialog lives on www.facebook.com at Meta and the rest on
 * graph.facebook.com; the simulator serves both from one port.
 */
final class LoginApi {
    private static final Pattern VERSION = Pattern.compile("v\\d+\\.\\d+");
    private static final DateTimeFormatter SESSION_TIME =
            DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss zzz", Locale.US);
    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    private final GraphSimulator simulator;
    private final FacebookLogin login;

    LoginApi(GraphSimulator simulator, FacebookLogin login) {
        this.simulator = simulator;
        this.login = login;
    }

    /** Whether the request is for a login endpoint rather than an ad account's. */
    static boolean handles(GraphRequest request) {
        List<String> segments = request.segments();
        if (segments.size() < 2 || !VERSION.matcher(segments.get(0)).matches()) {
            return false;
        }
        String node = segments.get(1);
        return (segments.size() == 3 && node.equals("dialog") && segments.get(2).equals("oauth"))
                || (segments.size() == 3
                        && node.equals("oauth")
                        && segments.get(2).equals("access_token"))
                || (segments.size() == 2 && (node.equals("debug_token") || node.equals("me")))
                || (segments.size() == 3 && node.equals("me") && segments.get(2).equals("adaccounts"))
                || (segments.size() == 3 && segments.get(2).equals("permissions"));
    }

    void handle(GraphRequest request, HttpExchange exchange) throws IOException {
        List<String> segments = request.segments();
        String node = segments.get(1);
        if (node.equals("dialog")) {
            dialog(request, exchange);
            return;
        }
        try {
            Object answer = switch (node) {
                case "oauth" -> accessToken(request);
                case "debug_token" -> debugToken(request);
                case "me" -> segments.size() == 2 ? me(request) : adAccounts(request);
                default -> revokePermissions(request, node);
            };
            GraphSimulator.write(exchange, 200, answer, Map.of());
        } catch (GraphError error) {
            GraphSimulator.write(exchange, error.httpStatus, error.body, Map.of());
        }
    }

    // ---- the dialog

    private void dialog(GraphRequest request, HttpExchange exchange) throws IOException {
        Optional<FacebookApp> app = login.app(request.param("client_id"));
        if (app.isEmpty()) {
            html(
                    exchange,
                    400,
                    page(
                            "Error",
                            "<h1>Invalid App ID</h1><p>The provided app ID does not look like a"
                                    + " valid app ID.</p>"));
            return;
        }
        URI redirect = redirectUri(request.param("redirect_uri"));
        if (redirect == null) {
            html(
                    exchange,
                    400,
                    page(
                            "Error",
                            "<h1>URL blocked</h1><p>This redirect failed because the redirect URI"
                                    + " is not whitelisted in the app's Client OAuth Settings.</p>"));
            return;
        }
        Optional<FacebookUser> user = login.signedIn();
        if (user.isEmpty()) {
            html(exchange, 400, page("Error", "<h1>No one is signed in to the simulated Facebook</h1>"));
            return;
        }
        List<String> requested = requestedScopes(request, app.get());
        if (request.method().equals("POST")) {
            decide(request, exchange, app.get(), user.get(), redirect, requested);
            return;
        }
        html(exchange, 200, consentPage(request, app.get(), user.get(), requested));
    }

    private void decide(
            GraphRequest request,
            HttpExchange exchange,
            FacebookApp app,
            FacebookUser user,
            URI redirect,
            List<String> requested)
            throws IOException {
        String state = request.param("state");
        Map<String, String> answer = new LinkedHashMap<>();
        if (!"allow".equals(request.param("action"))) {
            answer.put("error", "access_denied");
            answer.put("error_code", "200");
            answer.put("error_description", "Permissions error");
            answer.put("error_reason", "user_denied");
        } else {
            List<String> scopes = requested.stream()
                    .filter(scope -> "on".equals(request.params().get("scope." + scope)))
                    .toList();
            List<String> accounts = user.adAccountIds().stream()
                    .filter(id -> "on".equals(request.params().get("account." + id)))
                    .toList();
            answer.put(
                    "code",
                    login.issueCode(app, user, request.param("redirect_uri"), scopes, accounts)
                            .value());
        }
        if (state != null) {
            answer.put("state", state);
        }
        exchange.getResponseHeaders().set("Location", withQuery(redirect, answer) + "#_=_");
        exchange.sendResponseHeaders(302, -1);
    }

    private List<String> requestedScopes(GraphRequest request, FacebookApp app) {
        String configId = request.param("config_id");
        if (configId != null && app.configurations().containsKey(configId)) {
            return app.configurations().get(configId).stream().sorted().toList();
        }
        String scope = request.param("scope");
        if (scope == null) {
            return List.of("public_profile");
        }
        return Arrays.stream(scope.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    private String consentPage(GraphRequest request, FacebookApp app, FacebookUser user, List<String> scopes) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(escape(app.name())).append(" is requesting access</h1>");
        body.append("<p>Continue as <strong id=\"user\">")
                .append(escape(user.name()))
                .append("</strong></p>");
        body.append("<form method=\"post\">");
        for (String name : List.of("client_id", "redirect_uri", "state", "scope", "config_id", "response_type")) {
            String value = request.params().get(name);
            if (value != null) {
                body.append("<input type=\"hidden\" name=\"")
                        .append(name)
                        .append("\" value=\"")
                        .append(escape(value))
                        .append("\">");
            }
        }
        body.append("<fieldset><legend>Permissions</legend>");
        for (String scope : scopes) {
            body.append("<label><input type=\"checkbox\" checked name=\"scope.")
                    .append(escape(scope))
                    .append("\"> ")
                    .append(escape(scope))
                    .append("</label><br>");
        }
        body.append("</fieldset><fieldset><legend>Ad accounts</legend>");
        for (String id : user.adAccountIds()) {
            String name = simulator.knows(id) ? simulator.account(id).name() : "act_" + id;
            body.append("<label><input type=\"checkbox\" checked name=\"account.")
                    .append(escape(id))
                    .append("\"> ")
                    .append(escape(name))
                    .append(" (act_")
                    .append(escape(id))
                    .append(")</label><br>");
        }
        body.append("</fieldset>");
        body.append("<button type=\"submit\" name=\"action\" value=\"cancel\">Cancel</button> ");
        body.append("<button type=\"submit\" name=\"action\" value=\"allow\">Continue as ")
                .append(escape(user.name()))
                .append("</button></form>");
        return page("Log in with Facebook", body.toString());
    }

    // ---- tokens

    private Map<String, Object> accessToken(GraphRequest request) {
        FacebookApp app = authenticatedApp(request);
        if ("fb_exchange_token".equals(request.param("grant_type"))) {
            FacebookLogin.Token shortLived = login.token(request.param("fb_exchange_token"))
                    .filter(token -> token.appId().equals(app.id()))
                    .orElseThrow(LoginApi::unparsableToken);
            return tokenAnswer(login.longLived(working(shortLived)));
        }
        FacebookLogin.Code code = login.code(request.param("code"))
                .orElseThrow(() -> codeError(36005, "Invalid verification code format."));
        if (!code.appId().equals(app.id())) {
            throw codeError(36005, "Invalid verification code format.");
        }
        if (!code.redirectUri().equals(request.param("redirect_uri"))) {
            throw codeError(
                    36008,
                    "Error validating verification code. Please make sure your redirect_uri is identical to the one"
                            + " you used in the OAuth dialog request");
        }
        if (login.expired(code)) {
            login.redeem(code);
            throw codeError(36007, "This authorization code has expired.");
        }
        if (!login.redeem(code)) {
            throw codeError(36009, "This authorization code has been used.");
        }
        return tokenAnswer(login.shortLived(code));
    }

    private FacebookApp authenticatedApp(GraphRequest request) {
        FacebookApp app = login.app(request.param("client_id"))
                .orElseThrow(() -> GraphError.of(
                        400,
                        101,
                        null,
                        "OAuthException",
                        "Error validating application. Invalid application ID.",
                        null));
        if (!app.secret().equals(request.param("client_secret"))) {
            throw GraphError.of(400, 1, null, "OAuthException", "Error validating client secret.", null);
        }
        return app;
    }

    private static GraphError codeError(int subcode, String message) {
        return GraphError.of(400, 100, subcode, "OAuthException", message, null);
    }

    private Map<String, Object> tokenAnswer(FacebookLogin.Token token) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", token.value());
        answer.put("token_type", "bearer");
        answer.put(
                "expires_in", token.expiresAt().getEpochSecond() - login.now().getEpochSecond());
        return answer;
    }

    /** Meta's error 190 for a token that no longer works, with the subcode of why. */
    Optional<GraphError> tokenError(FacebookLogin.Token token) {
        if (token.invalidation() == FacebookLogin.Invalidation.NOT_AUTHORIZED) {
            return Optional.of(invalidToken(
                    458,
                    "Error validating access token: The user has not authorized application " + token.appId() + "."));
        }
        if (token.invalidation() == FacebookLogin.Invalidation.SESSION_INVALIDATED) {
            return Optional.of(invalidToken(
                    460,
                    "Error validating access token: The session has been invalidated because the user changed their"
                            + " password or Facebook has changed the session for security reasons."));
        }
        if (login.expired(token)) {
            return Optional.of(invalidToken(
                    463,
                    "Error validating access token: Session has expired on " + sessionTime(token.expiresAt())
                            + ". The current time is " + sessionTime(login.now()) + "."));
        }
        return Optional.empty();
    }

    /** The token, if it still works; else Meta's error 190 for why not. */
    private FacebookLogin.Token working(FacebookLogin.Token token) {
        tokenError(token).ifPresent(error -> {
            throw error;
        });
        return token;
    }

    /** Meta's answer to a token it never issued. */
    private static GraphError unparsableToken() {
        return GraphError.of(
                400, 190, null, "OAuthException", "Invalid OAuth access token - Cannot parse access token", null);
    }

    private static GraphError invalidToken(int subcode, String message) {
        return GraphError.of(400, 190, subcode, "OAuthException", message, null);
    }

    private static String sessionTime(Instant at) {
        return SESSION_TIME.format(at.atZone(PACIFIC));
    }

    private Map<String, Object> debugToken(GraphRequest request) {
        String appToken = request.param("access_token");
        String[] parts = appToken == null ? new String[0] : appToken.split("\\|", 2);
        Optional<FacebookApp> app = parts.length == 2 ? login.app(parts[0]) : Optional.empty();
        if (app.isEmpty() || !app.get().secret().equals(parts[1])) {
            throw GraphError.of(400, 190, null, "OAuthException", "Invalid OAuth access token signature.", null);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        Optional<FacebookLogin.Token> token = login.token(request.param("input_token"));
        if (token.isEmpty()) {
            data.put("error", Map.of("code", 190, "message", "Invalid OAuth access token."));
            data.put("is_valid", false);
            data.put("scopes", List.of());
            return Map.of("data", data);
        }
        FacebookLogin.Token found = token.get();
        Optional<GraphError> error = tokenError(found);
        data.put("app_id", found.appId());
        data.put("type", "USER");
        data.put("application", login.app(found.appId()).map(FacebookApp::name).orElse(""));
        data.put(
                "data_access_expires_at",
                found.issuedAt().plus(FacebookLogin.DATA_ACCESS).getEpochSecond());
        data.put("expires_at", found.expiresAt().getEpochSecond());
        data.put("is_valid", error.isEmpty());
        data.put("issued_at", found.issuedAt().getEpochSecond());
        data.put("scopes", found.scopes());
        List<Map<String, Object>> granular = new ArrayList<>();
        for (String scope : found.scopes()) {
            Map<String, Object> grant = new LinkedHashMap<>();
            grant.put("scope", scope);
            if (FacebookLogin.ACCOUNT_SCOPES.contains(scope)) {
                grant.put("target_ids", found.accountIds());
            }
            granular.add(grant);
        }
        data.put("granular_scopes", granular);
        data.put("user_id", found.userId());
        error.ifPresent(e -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) e.body.get("error");
            data.put(
                    "error", Map.of("code", 190, "message", body.get("message"), "subcode", body.get("error_subcode")));
        });
        return Map.of("data", data);
    }

    // ---- the user's own nodes

    private FacebookLogin.Token validUserToken(GraphRequest request) {
        String value = request.param("access_token");
        if (value == null) {
            throw GraphError.of(
                    400,
                    2500,
                    null,
                    "OAuthException",
                    "An active access token must be used to query information about" + " the current user.",
                    null);
        }
        return working(login.token(value).orElseThrow(LoginApi::unparsableToken));
    }

    private Map<String, Object> me(GraphRequest request) {
        FacebookLogin.Token token = validUserToken(request);
        FacebookUser user = login.user(token.userId()).orElseThrow();
        return Map.of("id", user.id(), "name", user.name());
    }

    private Map<String, Object> adAccounts(GraphRequest request) {
        FacebookLogin.Token token = validUserToken(request);
        List<Map<String, Object>> accounts = new ArrayList<>();
        boolean canReadAds = token.scopes().stream().anyMatch(FacebookLogin.ACCOUNT_SCOPES::contains);
        if (canReadAds) {
            for (String id : token.accountIds()) {
                if (simulator.knows(id)) {
                    AccountSpec spec = simulator.account(id);
                    Map<String, Object> account = new LinkedHashMap<>();
                    account.put("account_id", spec.id());
                    account.put("id", spec.actId());
                    account.put("name", spec.name());
                    account.put("currency", spec.currency());
                    account.put("timezone_name", spec.timeZone().getId());
                    accounts.add(account);
                }
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("data", accounts);
        if (!accounts.isEmpty()) {
            answer.put("paging", Map.of("cursors", Map.of("before", cursor(0), "after", cursor(accounts.size() - 1))));
        }
        return answer;
    }

    private static String cursor(int index) {
        return java.util.Base64.getEncoder()
                .encodeToString(Integer.toString(index).getBytes(StandardCharsets.UTF_8));
    }

    /** DELETE /{user-id}/permissions with the user's token or the app's: every token of the pair stops working. */
    private Map<String, Object> revokePermissions(GraphRequest request, String userId) {
        if (!request.method().equals("DELETE")) {
            throw GraphApi.doesNotExist(userId + "/permissions");
        }
        String value = request.param("access_token");
        String[] appToken = value == null ? new String[0] : value.split("\\|", 2);
        String appId;
        if (appToken.length == 2) {
            FacebookApp app = login.app(appToken[0])
                    .filter(a -> a.secret().equals(appToken[1]))
                    .orElseThrow(() -> GraphError.of(
                            400, 190, null, "OAuthException", "Invalid OAuth access token signature.", null));
            appId = app.id();
        } else {
            FacebookLogin.Token token = validUserToken(request);
            if (!token.userId().equals(userId)) {
                throw GraphError.of(
                        400,
                        200,
                        null,
                        "OAuthException",
                        "(#200) Cannot remove permissions of another" + " user",
                        null);
            }
            appId = token.appId();
        }
        if (login.user(userId).isEmpty()) {
            throw GraphApi.doesNotExist(userId);
        }
        login.revokePermissions(appId, userId);
        return Map.of("success", true);
    }

    // ---- helpers

    private static URI redirectUri(String value) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) ? uri : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String withQuery(URI redirect, Map<String, String> params) {
        StringBuilder query = new StringBuilder();
        params.forEach((name, value) -> query.append(query.isEmpty() ? "" : "&")
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        String base = redirect.toString();
        int fragment = base.indexOf('#');
        if (fragment >= 0) {
            base = base.substring(0, fragment);
        }
        return base + (base.contains("?") ? "&" : "?") + query;
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                // No icon to fetch: the simulator answers only Graph paths, and a browser would ask for /favicon.ico.
                + " | Facebook (simulated)</title><link rel=\"icon\" href=\"data:,\"></head><body>" + body
                + "</body></html>";
    }

    private static void html(HttpExchange exchange, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
