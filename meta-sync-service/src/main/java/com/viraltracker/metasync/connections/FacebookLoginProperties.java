package com.viraltracker.metasync.connections;

import com.viraltracker.support.secrets.SecretSource;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * "Connect Facebook" ({@code viraltracker.meta.login.*}): the Meta app brands connect through Facebook Login.
 *
 * @param appId          {@code META_APP_ID}
 * @param appSecret      {@code META_APP_SECRET}; never logged, sent only to Meta's token endpoints
 * @param appSecretFile  {@code META_APP_SECRET_FILE}: a file holding it; wins over the variable
 * @param redirectUri    {@code META_OAUTH_REDIRECT_URI}: the console's callback page,
 *                       {@code https://<console>/settings/facebook/callback}, as registered in the app's Valid OAuth
 *                       Redirect URIs (the console passes what Meta sends there on to
 *                       {@code POST /api/v1/facebook-logins/completion})
 * @param dialogBaseUrl  where the login dialog lives: {@code https://www.facebook.com} at Meta; blank means the
 *                       Graph API base (the simulator serves both)
 * @param scopes         the permissions asked for
 * @param stateLifetime  how long a started login may take before its state is refused
 * @param expiryWarning  how long before a token's expiry the brand is asked to reconnect
 */
@ConfigurationProperties("viraltracker.meta.login")
public record FacebookLoginProperties(
        String appId,
        String appSecret,
        String appSecretFile,
        String redirectUri,
        String dialogBaseUrl,
        List<String> scopes,
        Duration stateLifetime,
        Duration expiryWarning) {

    public FacebookLoginProperties {
        scopes = scopes == null || scopes.isEmpty() ? List.of("ads_read") : List.copyOf(scopes);
        stateLifetime = stateLifetime == null ? Duration.ofMinutes(10) : stateLifetime;
        expiryWarning = expiryWarning == null ? Duration.ofDays(7) : expiryWarning;
    }

    /** Whether an app is configured: without one, connecting answers that an operator must set it up. */
    public boolean configured() {
        return appId != null
                && !appId.isBlank()
                && resolvedSecret() != null
                && redirectUri != null
                && !redirectUri.isBlank();
    }

    public String resolvedSecret() {
        return SecretSource.resolve("META_APP_SECRET", appSecret, appSecretFile);
    }

    public String resolvedDialogBaseUrl(String graphBaseUrl) {
        return dialogBaseUrl == null || dialogBaseUrl.isBlank() ? graphBaseUrl : stripSlash(dialogBaseUrl);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Records print every component; the secret must never reach a log line. */
    @Override
    public String toString() {
        return "FacebookLoginProperties[appId=" + appId + ", appSecret=" + (resolvedSecret() == null ? "none" : "****")
                + ", redirectUri=" + redirectUri + ", scopes=" + scopes + "]";
    }
}
