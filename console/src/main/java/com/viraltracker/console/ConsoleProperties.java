package com.viraltracker.console;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the services are and how long the console waits for them (README "Configuration").
 *
 * @param scheduler   {@code SCHEDULER_URL}
 * @param metaSync    {@code META_SYNC_URL}
 * @param scorecard   {@code SCORECARD_URL}
 * @param adCreation  {@code AD_CREATION_URL}
 * @param apiTimeout  {@code CONSOLE_API_TIMEOUT}: a service slower than this is shown as unavailable on the page
 * @param sessionLife {@code CONSOLE_SESSION_LIFE}: how long a sign-in lasts (and a locally minted token with it)
 * @param facebookDialogOrigin {@code FACEBOOK_DIALOG_ORIGIN}: where Connect Facebook sends the browser to log in,
 *                    {@code https://www.facebook.com} (the Graph API simulator's address locally); the page's
 *                    Content-Security-Policy lets that one form go there
 */
@ConfigurationProperties("viraltracker.console")
public record ConsoleProperties(
        String scheduler,
        String metaSync,
        String scorecard,
        String adCreation,
        Duration apiTimeout,
        Duration sessionLife,
        String facebookDialogOrigin) {
    public ConsoleProperties {
        facebookDialogOrigin = facebookDialogOrigin == null || facebookDialogOrigin.isBlank()
                ? "https://www.facebook.com"
                : facebookDialogOrigin;
        apiTimeout = apiTimeout == null ? Duration.ofSeconds(3) : apiTimeout;
        sessionLife = sessionLife == null ? Duration.ofHours(8) : sessionLife;
    }
}
