package com.viraltracker.metasync.connections;

import com.viraltracker.metasync.graph.SecretRedactor;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Facebook Login's Graph endpoints (the SDK has none of them): exchanging a code, then the short-lived token for a
 * long-lived one, inspecting a token ({@code debug_token}), the user and their ad accounts, and removing the app's
 * permissions. Blocking; callers keep it off the event loop. Secrets never leave in an exception's message.
 */
public class FacebookLoginClient {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String graphBase;
    private final FacebookLoginProperties properties;
    private final SecretRedactor redactor;
    private final Duration readTimeout;

    public FacebookLoginClient(
            String graphBaseUrl,
            String apiVersion,
            FacebookLoginProperties properties,
            SecretRedactor redactor,
            Duration connectTimeout,
            Duration readTimeout) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        this.graphBase = graphBaseUrl + "/" + apiVersion;
        this.properties = properties;
        this.redactor = redactor;
        this.readTimeout = readTimeout;
        redactor.remember(properties.resolvedSecret());
    }

    /** A user access token and when it expires. */
    public record UserToken(String value, Instant expiresAt) {
        @Override
        public String toString() {
            return "UserToken[****, expiresAt=" + expiresAt + "]";
        }
    }

    /** What {@code debug_token} says about a token. */
    public record TokenInspection(
            boolean valid,
            String appId,
            String userId,
            List<String> scopes,
            List<String> adsReadAccountIds,
            Instant expiresAt,
            Instant dataAccessExpiresAt,
            int errorSubcode,
            String errorMessage) {}

    /** An ad account the user granted, as {@code me/adaccounts} lists it. */
    public record GrantedAccount(String id, String name, String currency, String timeZone) {}

    public UserToken exchangeCode(String code, Instant now) {
        return token(
                get(
                        "/oauth/access_token",
                        params(
                                "client_id", properties.appId(),
                                "redirect_uri", properties.redirectUri(),
                                "client_secret", properties.resolvedSecret(),
                                "code", code)),
                now);
    }

    public UserToken exchangeForLongLived(String shortLived, Instant now) {
        redactor.remember(shortLived);
        return token(
                get(
                        "/oauth/access_token",
                        params(
                                "grant_type",
                                "fb_exchange_token",
                                "client_id",
                                properties.appId(),
                                "client_secret",
                                properties.resolvedSecret(),
                                "fb_exchange_token",
                                shortLived)),
                now);
    }

    public TokenInspection inspect(String token) {
        redactor.remember(token);
        JsonNode data = get(
                        "/debug_token",
                        params(
                                "input_token",
                                token,
                                "access_token",
                                properties.appId() + "|" + properties.resolvedSecret()))
                .path("data");
        List<String> scopes = strings(data.path("scopes"));
        List<String> adsRead = new ArrayList<>();
        for (JsonNode grant : data.path("granular_scopes")) {
            if (grant.path("scope").asString("").equals("ads_read")
                    || grant.path("scope").asString("").equals("ads_management")) {
                for (String id : strings(grant.path("target_ids"))) {
                    if (!adsRead.contains(id)) {
                        adsRead.add(id);
                    }
                }
            }
        }
        return new TokenInspection(
                data.path("is_valid").asBoolean(false),
                data.path("app_id").asString(null),
                data.path("user_id").asString(null),
                scopes,
                adsRead,
                epoch(data.path("expires_at")),
                epoch(data.path("data_access_expires_at")),
                data.path("error").path("subcode").asInt(0),
                redactor.redact(data.path("error").path("message").asString(null)));
    }

    /** The token's user: {@code [id, name]}. */
    public List<String> me(String token) {
        JsonNode me = get("/me", params("fields", "id,name", "access_token", token));
        return List.of(me.path("id").asString(""), me.path("name").asString(""));
    }

    public List<GrantedAccount> adAccounts(String token) {
        JsonNode answer =
                get("/me/adaccounts", params("fields", "id,name,currency,timezone_name", "access_token", token));
        List<GrantedAccount> accounts = new ArrayList<>();
        for (JsonNode account : answer.path("data")) {
            accounts.add(new GrantedAccount(
                    account.path("id").asString(),
                    account.path("name").asString(""),
                    account.path("currency").asString(""),
                    account.path("timezone_name").asString("")));
        }
        return accounts;
    }

    /** Removes every permission the user gave the app, so the token stops working at Meta too. */
    public void revokePermissions(String userId, String token) {
        send(
                "DELETE",
                "/" + URLEncoder.encode(userId, StandardCharsets.UTF_8) + "/permissions",
                params("access_token", token));
    }

    private UserToken token(JsonNode answer, Instant now) {
        String value = answer.path("access_token").asString(null);
        if (value == null || value.isBlank()) {
            throw new FacebookLoginException(0, 0, "Meta's token endpoint answered without an access_token");
        }
        redactor.remember(value);
        long expiresIn = answer.path("expires_in").asLong(0);
        return new UserToken(value, expiresIn > 0 ? now.plusSeconds(expiresIn) : null);
    }

    private JsonNode get(String path, Map<String, String> params) {
        return send("GET", path, params);
    }

    private JsonNode send(String method, String path, Map<String, String> params) {
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(graphBase + path + "?" + query))
                .timeout(readTimeout)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new FacebookLoginException(
                    0,
                    0,
                    "Meta could not be reached for " + path + " ("
                            + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FacebookLoginException(0, 0, "interrupted while calling Meta's " + path);
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw new FacebookLoginException(
                    0, 0, "Meta answered " + path + " with HTTP " + response.statusCode() + " and no JSON");
        }
        JsonNode error = body.path("error");
        if (response.statusCode() >= 400 || error.isObject()) {
            throw new FacebookLoginException(
                    error.path("code").asInt(0),
                    error.path("error_subcode").asInt(0),
                    redactor.redact(error.path("message").asString("HTTP " + response.statusCode())));
        }
        return body;
    }

    private static Map<String, String> params(String... pairs) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return params;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static Instant epoch(JsonNode seconds) {
        long value = seconds.asLong(0);
        return value > 0 ? Instant.ofEpochSecond(value) : null;
    }
}
