package com.viraltracker.adcreation.copy;

/**
 * The words of one ad.
 *
 * @param headline    Meta's headline field, also the big line on the creative
 * @param primaryText Meta's primary text, shown above the creative
 * @param imageText   the supporting line printed on the creative
 */
public record AdCopy(String headline, String primaryText, String imageText, CallToAction callToAction) {
    public AdCopy {
        if (headline.length() > MetaTextLimits.HEADLINE
                || primaryText.length() > MetaTextLimits.PRIMARY_TEXT
                || imageText.length() > MetaTextLimits.IMAGE_TEXT) {
            throw new IllegalArgumentException("copy longer than Meta's limits: " + headline);
        }
    }

    /** What is printed on the creative; two copies with different keys make different images. */
    public String imageKey() {
        return headline + "\u0000" + imageText + "\u0000" + callToAction;
    }
}
