package com.viraltracker.graphsim;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Facebook Login's admin controls over HTTP:
 * <pre>
 * POST /_admin/login/apps                          {"id", "secret", "name", "configurations": {"&lt;config id&gt;": ["ads_read"]}}
 * POST /_admin/login/users                         {"id", "name", "ad_accounts": ["123", ...]}
 * PUT  /_admin/login/signed-in                     {"user_id"}: the user the OAuth dialog shows
 * GET  /_admin/login/users/{id}/tokens             the user's tokens, newest first (value, long_lived, expires_at)
 * POST /_admin/login/users/{id}/expire-tokens      every token of the user expires now (190/463)
 * POST /_admin/login/users/{id}/invalidate-sessions  as when the user changes their password (190/460)
 * POST /_admin/login/users/{id}/revoke             {"app_id"}: as when the user removes the app (190/458)
 * </pre>
 * Move the clock ({@code POST /_admin/clock}) to let tokens expire as the days pass.
 */
final class LoginAdmin {
    private LoginAdmin() {}

    static Object answer(GraphSimulator simulator, GraphRequest request, List<String> path, JsonNode body) {
        String method = request.method();
        String first = path.get(0);
        if (path.size() == 1 && first.equals("apps") && method.equals("POST")) {
            Map<String, Set<String>> configurations = new HashMap<>();
            body.path("configurations").properties().forEach(entry -> {
                Set<String> scopes = new HashSet<>();
                entry.getValue().forEach(scope -> scopes.add(scope.asString()));
                configurations.put(entry.getKey(), scopes);
            });
            simulator.app(new FacebookApp(
                    body.path("id").asString(null),
                    body.path("secret").asString(null),
                    body.path("name").asString(null),
                    configurations));
            return Map.of("ok", true);
        }
        if (path.size() == 1 && first.equals("users") && method.equals("POST")) {
            List<String> accounts = new java.util.ArrayList<>();
            body.path("ad_accounts").forEach(id -> accounts.add(id.asString()));
            simulator.facebookUser(new FacebookUser(
                    body.path("id").asString(null), body.path("name").asString(null), accounts));
            return Map.of("ok", true);
        }
        if (path.size() == 1 && first.equals("signed-in") && method.equals("PUT")) {
            simulator.signIn(body.path("user_id").asString(""));
            return Map.of("ok", true);
        }
        if (path.size() == 3 && first.equals("users")) {
            String user = path.get(1);
            switch (method + " " + path.get(2)) {
                case "GET tokens" -> {
                    return simulator.tokensOf(user).stream()
                            .map(LoginAdmin::describe)
                            .toList();
                }
                case "POST expire-tokens" -> simulator.expireTokensOf(user);
                case "POST invalidate-sessions" -> simulator.invalidateSessions(user);
                case "POST revoke" ->
                    simulator.revokePermissions(body.path("app_id").asString(""), user);
                default -> throw new IllegalArgumentException("unknown admin request " + method + " " + request.path());
            }
            return Map.of("ok", true);
        }
        throw new IllegalArgumentException("unknown admin request " + method + " " + request.path());
    }

    private static Map<String, Object> describe(GraphSimulator.IssuedToken token) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("value", token.value());
        out.put("app_id", token.appId());
        out.put("long_lived", token.longLived());
        out.put("expires_at", token.expiresAt().toString());
        return out;
    }
}
