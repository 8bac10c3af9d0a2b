package com.viraltracker.metasync.graph;

import com.viraltracker.support.secrets.SecretSource;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How meta-sync talks to the Graph API ({@code viraltracker.meta.*}).
 *
 * @param graphBaseUrl        the endpoint base; blank means the local simulator, or graph.facebook.com when an
 *                            access token is configured
 * @param accessToken         the system-user token (env {@code META_ACCESS_TOKEN}); blank against the simulator
 * @param accessTokenFile     a file holding the system-user token (env {@code META_ACCESS_TOKEN_FILE}); wins over
 *                            {@code accessToken} when both are set
 * @param apiVersion          Graph API version, such as {@code v24.0}
 * @param connectTimeout      TCP connect timeout of every call
 * @param readTimeout         how long one call may take before it counts as a transient failure
 * @param pageSize            rows per insights page ({@code limit})
 * @param asyncDaysThreshold  ranges longer than this many days go through an async report run
 * @param asyncPollInterval   how often an async report run's status is polled
 * @param asyncTimeout        how long an async report run may take before the sync gives up on it
 * @param asyncRestarts       how many times a report run that ended in "Job Failed" is started again
 * @param throttleAbove       usage (percent, from the usage headers) above which calls slow down
 * @param throttlePauseAtLimit the pause before each call when usage reaches 100%; scaled down linearly to zero
 *                            at {@code throttleAbove}
 */
@Validated
@ConfigurationProperties("viraltracker.meta")
public record GraphProperties(
        String graphBaseUrl,
        String accessToken,
        String accessTokenFile,
        @NotNull String apiVersion,
        @NotNull Duration connectTimeout,
        @NotNull Duration readTimeout,
        @Min(1) int pageSize,
        @Min(1) int asyncDaysThreshold,
        @NotNull Duration asyncPollInterval,
        @NotNull Duration asyncTimeout,
        @Min(0) int asyncRestarts,
        double throttleAbove,
        @NotNull Duration throttlePauseAtLimit) {
    public static final String SIMULATOR_BASE_URL = "http://localhost:8090";
    public static final String META_BASE_URL = "https://graph.facebook.com";
    /** The simulator accepts any token; this one makes it obvious in its call log where calls came from. */
    static final String SIMULATOR_TOKEN = "viraltracker-simulator-token";

    public String resolvedBaseUrl() {
        if (graphBaseUrl != null && !graphBaseUrl.isBlank()) {
            return graphBaseUrl.endsWith("/") ? graphBaseUrl.substring(0, graphBaseUrl.length() - 1) : graphBaseUrl;
        }
        return hasToken() ? META_BASE_URL : SIMULATOR_BASE_URL;
    }

    /** The system-user token: from the file, else the variable, else the simulator's. */
    public String resolvedToken() {
        String token = SecretSource.resolve("META_ACCESS_TOKEN", accessToken, accessTokenFile);
        return token == null ? SIMULATOR_TOKEN : token;
    }

    private boolean hasToken() {
        return (accessToken != null && !accessToken.isBlank())
                || (accessTokenFile != null && !accessTokenFile.isBlank());
    }

    /** Records print every component; the token must never reach a log line. */
    @Override
    public String toString() {
        return "GraphProperties[graphBaseUrl=" + resolvedBaseUrl() + ", accessToken=" + (hasToken() ? "****" : "none")
                + ", accessTokenFile=" + accessTokenFile + ", apiVersion=" + apiVersion + "]";
    }
}
