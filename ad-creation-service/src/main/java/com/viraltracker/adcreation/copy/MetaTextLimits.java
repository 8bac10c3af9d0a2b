package com.viraltracker.adcreation.copy;

/**
 * Lengths Meta holds ad text to before it truncates it in the feed (its recommended maximums for headline and
 * primary text), plus our own limit for the words printed on the creative itself.
 */
public final class MetaTextLimits {
    public static final int HEADLINE = 40;
    public static final int PRIMARY_TEXT = 125;
    /** Words on the image: short enough to read at a glance on a phone. */
    public static final int IMAGE_TEXT = 90;

    private MetaTextLimits() {}

    /** The text cut at a word boundary to at most {@code limit} characters, ending in an ellipsis when cut. */
    public static String shorten(String text, int limit) {
        String clean = text.strip().replaceAll("\\s+", " ");
        if (clean.length() <= limit) {
            return clean;
        }
        int cut = clean.lastIndexOf(' ', limit - 1);
        String head = cut > limit / 2 ? clean.substring(0, cut) : clean.substring(0, limit - 1);
        return head.replaceAll("[\\s.,;:!?·–-]+$", "") + "…";
    }
}
