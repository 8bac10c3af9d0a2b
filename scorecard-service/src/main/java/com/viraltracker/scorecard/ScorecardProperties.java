package com.viraltracker.scorecard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How scorecards are computed and delivered.
 *
 * @param timeZone        the day boundary of "yesterday" for rows whose ad account is no longer linked to the brand
 *                        (so its zone is unknown), when a brand has no entry in {@code brandTimeZones}. Linked
 *                        accounts use the zone Meta reported for them ({@code meta_sync.brand_ad_accounts}), since
 *                        Meta dates each performance row in its account's zone; the seed's brands ran on Pacific time
 * @param brandTimeZones  per-brand override of {@code timeZone} (brand id → zone)
 * @param reportLocale    how numbers and money are written in the HTML report and the e-mail
 * @param mail            the sender and the retry policy of the e-mail export
 */
@Validated
@ConfigurationProperties("viraltracker.scorecard")
public record ScorecardProperties(
        ZoneId timeZone,
        Map<UUID, ZoneId> brandTimeZones,
        Locale reportLocale,
        @Valid Mail mail) {
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("America/Los_Angeles");

    public ScorecardProperties {
        timeZone = timeZone == null ? DEFAULT_TIME_ZONE : timeZone;
        brandTimeZones = brandTimeZones == null ? Map.of() : Map.copyOf(brandTimeZones);
        reportLocale = reportLocale == null ? Locale.US : reportLocale;
        mail = mail == null ? Mail.defaults() : mail;
    }

    /** Nothing configured: Pacific time for every brand, US number formats, the default sender and retries. */
    public static ScorecardProperties defaults() {
        return new ScorecardProperties(DEFAULT_TIME_ZONE, Map.of(), Locale.US, Mail.defaults());
    }

    /**
     * @param from             the sender address of report e-mails
     * @param deliveryAttempts how many times one e-mail is tried before the run fails with DELIVERY
     * @param retryBackoff     the wait before the second attempt; it doubles for each further attempt
     */
    public record Mail(
            @NotBlank String from,
            @NotNull @Min(1) @Max(10) Integer deliveryAttempts,
            @NotNull Duration retryBackoff) {
        static final String DEFAULT_FROM = "scorecards@viraltracker.local";
        static final int DEFAULT_DELIVERY_ATTEMPTS = 3;
        static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofSeconds(2);

        public Mail {
            from = from == null ? DEFAULT_FROM : from;
            deliveryAttempts = deliveryAttempts == null ? DEFAULT_DELIVERY_ATTEMPTS : deliveryAttempts;
            retryBackoff = retryBackoff == null ? DEFAULT_RETRY_BACKOFF : retryBackoff;
        }

        public static Mail defaults() {
            return new Mail(DEFAULT_FROM, DEFAULT_DELIVERY_ATTEMPTS, DEFAULT_RETRY_BACKOFF);
        }
    }
}
