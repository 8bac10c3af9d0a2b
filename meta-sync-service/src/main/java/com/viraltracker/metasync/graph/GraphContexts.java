package com.viraltracker.metasync.graph;

import com.facebook.ads.sdk.APIContext;

/**
 * The SDK contexts calls are made with: the system user's, or one for an ad account connected with its own token.
 * Every context is built with {@code logCrash = false}; the SDK's shorter constructors would switch its crash
 * reporter on, which posts stack traces (and what they hold) to Meta.
 */
public class GraphContexts {
    private final String baseUrl;
    private final String apiVersion;
    private final SecretRedactor redactor;
    private final APIContext systemUser;

    public GraphContexts(String baseUrl, String apiVersion, String systemUserToken, SecretRedactor redactor) {
        this.baseUrl = baseUrl;
        this.apiVersion = apiVersion;
        this.redactor = redactor;
        this.systemUser = forToken(systemUserToken);
    }

    public APIContext systemUser() {
        return systemUser;
    }

    /** The context for an account's own token, or the system user's when it has none. */
    public APIContext forAccount(String accountToken) {
        return accountToken == null ? systemUser : forToken(accountToken);
    }

    private APIContext forToken(String token) {
        redactor.remember(token);
        // The only SDK constructor that takes logCrash; we have no app secret or app id to give it.
        return new APIContext(baseUrl, baseUrl, apiVersion, token, /* appSecret */ null, /* appID */ null, false);
    }

    public String baseUrl() {
        return baseUrl;
    }
}
