package com.viraltracker.adcreation.color;

/** WCAG 2.x contrast between text and what it sits on. */
public final class Contrast {
    /** WCAG AA for normal-size text; we hold every text on a creative to it, whatever its size. */
    public static final double MINIMUM = 4.5;

    private Contrast() {}

    public static double ratio(Rgb a, Rgb b) {
        double la = a.luminance();
        double lb = b.luminance();
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /**
     * The wanted colour if it is readable on {@code background}; otherwise the wanted colour pushed towards
     * black or white (whichever gets there with the smaller change, so it keeps as much of its hue as it can)
     * just far enough to reach {@link #MINIMUM}. Black or white alone always reach at least 4.58:1.
     */
    public static Rgb readable(Rgb wanted, Rgb background) {
        if (ratio(wanted, background) >= MINIMUM) {
            return wanted;
        }
        Rgb towardsBlack = firstReadable(wanted, Rgb.BLACK, background);
        Rgb towardsWhite = firstReadable(wanted, Rgb.WHITE, background);
        if (towardsBlack == null) {
            return towardsWhite;
        }
        if (towardsWhite == null) {
            return towardsBlack;
        }
        return distance(wanted, towardsBlack) <= distance(wanted, towardsWhite) ? towardsBlack : towardsWhite;
    }

    private static Rgb firstReadable(Rgb wanted, Rgb target, Rgb background) {
        for (int step = 1; step <= 50; step++) {
            Rgb candidate = wanted.mix(target, step / 50.0);
            if (ratio(candidate, background) >= MINIMUM) {
                return candidate;
            }
        }
        return null;
    }

    private static int distance(Rgb a, Rgb b) {
        return Math.abs(a.red() - b.red()) + Math.abs(a.green() - b.green()) + Math.abs(a.blue() - b.blue());
    }
}
