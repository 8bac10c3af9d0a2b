package com.viraltracker.adcreation.color;

import java.awt.Color;
import java.util.Locale;
import java.util.regex.Pattern;

/** An opaque sRGB colour, written as {@code #rrggbb} wherever people see it (API, templates, products). */
public record Rgb(int red, int green, int blue) {
    private static final Pattern HEX = Pattern.compile("^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$");

    public static final Rgb BLACK = new Rgb(0, 0, 0);
    public static final Rgb WHITE = new Rgb(255, 255, 255);

    public Rgb {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("channels must be 0..255");
        }
    }

    public static boolean isHex(String text) {
        return text != null && HEX.matcher(text.trim()).matches();
    }

    /** Reads {@code #rrggbb}, {@code rrggbb} or the short {@code #rgb}. */
    public static Rgb parse(String text) {
        if (!isHex(text)) {
            throw new IllegalArgumentException("not a hex colour: " + text);
        }
        String digits = text.trim().replace("#", "");
        if (digits.length() == 3) {
            digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2)
                    + digits.charAt(2);
        }
        int value = Integer.parseInt(digits, 16);
        return new Rgb((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    }

    public static Rgb of(int argb) {
        return new Rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    public Color awt() {
        return new Color(red, green, blue);
    }

    public int rgb() {
        return (red << 16) | (green << 8) | blue;
    }

    /** This colour moved {@code amount} (0..1) of the way towards {@code other}. */
    public Rgb mix(Rgb other, double amount) {
        double t = Math.max(0, Math.min(1, amount));
        return new Rgb(
                (int) Math.round(red + (other.red - red) * t),
                (int) Math.round(green + (other.green - green) * t),
                (int) Math.round(blue + (other.blue - blue) * t));
    }

    /** Positive amounts tint towards white, negative ones shade towards black. */
    public Rgb tint(double amount) {
        return amount >= 0 ? mix(WHITE, amount) : mix(BLACK, -amount);
    }

    /** WCAG 2.x relative luminance. */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    public boolean isLight() {
        return Contrast.ratio(this, BLACK) >= Contrast.ratio(this, WHITE);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Override
    public String toString() {
        return hex();
    }
}
