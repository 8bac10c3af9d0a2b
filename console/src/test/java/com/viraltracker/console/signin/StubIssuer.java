package com.viraltracker.console.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small OpenID Connect issuer for the production sign-in test: discovery, its RSA key set, and a token endpoint
 * that hands out an ID token (with the nonce the console asked for) and an access token carrying the role and
 * brands given to it. Real signatures, real discovery: the console verifies them as it would an identity provider's.
 */
final class StubIssuer implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final RSAKey key;
    private final String clientId;
    private volatile String nonce;
    private volatile Map<String, Object> accessClaims = Map.of();

    private StubIssuer(String clientId) throws IOException, JOSEException {
        this.clientId = clientId;
        this.key = new RSAKeyGenerator(2048).keyID("stub-1").generate();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, discovery()));
        server.createContext("/jwks", exchange -> json(exchange, new JWKSet(key.toPublicJWK()).toJSONObject()));
        server.createContext("/token", exchange -> json(exchange, tokens()));
        server.createContext(
                "/userinfo", exchange -> json(exchange, Map.of("sub", accessClaims.getOrDefault("sub", "x"))));
        server.start();
    }

    static StubIssuer start(String clientId) {
        try {
            return new StubIssuer(clientId);
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next sign-in: the nonce the console sent, and what the access token says about the user. */
    void expect(String nonce, Map<String, Object> accessClaims) {
        this.nonce = nonce;
        this.accessClaims = Map.copyOf(accessClaims);
    }

    private Map<String, Object> discovery() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", url());
        document.put("authorization_endpoint", url() + "/authorize");
        document.put("token_endpoint", url() + "/token");
        document.put("jwks_uri", url() + "/jwks");
        document.put("userinfo_endpoint", url() + "/userinfo");
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        return document;
    }

    private Map<String, Object> tokens() {
        Instant now = Instant.now();
        JWTClaimsSet.Builder id = new JWTClaimsSet.Builder()
                .issuer(url())
                .subject(String.valueOf(accessClaims.getOrDefault("sub", "someone")))
                .audience(clientId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", nonce);
        JWTClaimsSet.Builder access = new JWTClaimsSet.Builder()
                .issuer(url())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600)));
        accessClaims.forEach(access::claim);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", sign(access.build()));
        answer.put("id_token", sign(id.build()));
        answer.put("token_type", "Bearer");
        answer.put("expires_in", 3600);
        return answer;
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void json(HttpExchange exchange, Object body) {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
