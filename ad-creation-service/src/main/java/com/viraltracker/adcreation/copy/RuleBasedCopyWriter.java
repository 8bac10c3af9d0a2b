package com.viraltracker.adcreation.copy;

import com.viraltracker.adcreation.products.Product;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Builds copy from the product's own words (benefits, offer, price, description) and rotates headline,
 * on-image line and call to action so neighbouring variations differ in all three. Each list ends with
 * generic lines that need only the product name, so even a bare product has 6 × 4 × 4 = 96 distinct
 * combinations, more than the 50 variations a run may ask for.
 */
@Component
public class RuleBasedCopyWriter implements CopyWriter {

    @Override
    public List<AdCopy> write(Product product, int count) {
        List<String> headlines = headlines(product);
        List<String> imageTexts = imageTexts(product);
        List<CallToAction> actions = actions(product);
        List<String> primaries = primaryTexts(product);
        int combinations = headlines.size() * imageTexts.size() * actions.size();
        if (count > combinations) {
            throw new IllegalArgumentException(
                    "only " + combinations + " distinct variations can be written for " + product.name());
        }
        List<AdCopy> copies = new ArrayList<>(count);
        Set<String> printed = new HashSet<>();
        // First all three rotate together; once that starts repeating, walk every remaining combination.
        for (int k = 0; copies.size() < count && k < combinations; k++) {
            add(
                    copies,
                    printed,
                    headlines.get(k % headlines.size()),
                    imageTexts.get(k % imageTexts.size()),
                    actions.get(k % actions.size()),
                    primaries);
        }
        for (int k = 0; copies.size() < count; k++) {
            int h = k % headlines.size();
            int t = (k / headlines.size()) % imageTexts.size();
            int c = k / (headlines.size() * imageTexts.size());
            add(copies, printed, headlines.get(h), imageTexts.get(t), actions.get(c), primaries);
        }
        return List.copyOf(copies);
    }

    private static void add(
            List<AdCopy> copies,
            Set<String> printed,
            String headline,
            String imageText,
            CallToAction action,
            List<String> primaries) {
        AdCopy copy = new AdCopy(headline, primaries.get(copies.size() % primaries.size()), imageText, action);
        if (printed.add(copy.imageKey())) {
            copies.add(copy);
        }
    }

    static List<String> headlines(Product product) {
        Set<String> lines = new LinkedHashSet<>();
        String name = product.name();
        for (String benefit : product.benefits()) {
            fitting(lines, sentence(benefit), MetaTextLimits.HEADLINE);
        }
        if (product.offer() != null) {
            fitting(lines, sentence(product.offer()), MetaTextLimits.HEADLINE);
        }
        for (String benefit : product.benefits()) {
            fitting(lines, name + ": " + lowerFirst(sentence(benefit)), MetaTextLimits.HEADLINE);
        }
        // Each starts with a different word, so they stay different however long the name is.
        for (String line : List.of(
                "Meet " + name,
                "Discover " + name,
                "Why people love " + name,
                "Try " + name + " today",
                "Say hello to " + name,
                "Introducing " + name)) {
            lines.add(MetaTextLimits.shorten(line, MetaTextLimits.HEADLINE));
        }
        return List.copyOf(lines);
    }

    static List<String> imageTexts(Product product) {
        Set<String> lines = new LinkedHashSet<>();
        String price = price(product);
        if (product.offer() != null && price != null) {
            lines.add(MetaTextLimits.shorten(sentence(product.offer()) + " · Now " + price, MetaTextLimits.IMAGE_TEXT));
        }
        for (String benefit : product.benefits()) {
            lines.add(MetaTextLimits.shorten(sentence(benefit), MetaTextLimits.IMAGE_TEXT));
        }
        if (product.offer() != null) {
            lines.add(MetaTextLimits.shorten(sentence(product.offer()), MetaTextLimits.IMAGE_TEXT));
        }
        if (price != null) {
            lines.add("Only " + price);
        }
        String first = firstSentence(product.description());
        if (!first.isEmpty()) {
            lines.add(MetaTextLimits.shorten(first, MetaTextLimits.IMAGE_TEXT));
        }
        lines.addAll(List.of(
                "Made for your everyday",
                "See what makes it different",
                "Your new favourite, ready when you are",
                "Find out what it can do for you"));
        return List.copyOf(lines);
    }

    static List<String> primaryTexts(Product product) {
        Set<String> texts = new LinkedHashSet<>();
        String name = product.name();
        List<String> benefits =
                product.benefits().stream().map(RuleBasedCopyWriter::sentence).toList();
        if (!product.description().isBlank()) {
            texts.add(MetaTextLimits.shorten(product.description(), MetaTextLimits.PRIMARY_TEXT));
        }
        if (!benefits.isEmpty()) {
            texts.add(MetaTextLimits.shorten(
                    name + ": " + String.join(". ", benefits.subList(0, Math.min(3, benefits.size()))) + ".",
                    MetaTextLimits.PRIMARY_TEXT));
        }
        if (product.offer() != null) {
            String tail = benefits.isEmpty() ? "" : " " + benefits.get(0) + ".";
            texts.add(MetaTextLimits.shorten(
                    sentence(product.offer()) + " on " + name + "." + tail, MetaTextLimits.PRIMARY_TEXT));
        }
        String price = price(product);
        if (price != null) {
            String tail = benefits.size() > 1 ? " " + benefits.get(1) + "." : "";
            texts.add(MetaTextLimits.shorten(name + ", just " + price + "." + tail, MetaTextLimits.PRIMARY_TEXT));
        }
        texts.add(MetaTextLimits.shorten(
                "Discover " + name + " and see why it belongs in your day.", MetaTextLimits.PRIMARY_TEXT));
        return List.copyOf(texts);
    }

    static List<CallToAction> actions(Product product) {
        List<CallToAction> actions = new ArrayList<>();
        if (product.offer() != null) {
            actions.add(CallToAction.GET_OFFER);
        }
        actions.addAll(
                List.of(CallToAction.SHOP_NOW, CallToAction.LEARN_MORE, CallToAction.BUY_NOW, CallToAction.ORDER_NOW));
        return List.copyOf(actions);
    }

    static String price(Product product) {
        BigDecimal price = product.price();
        if (price == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(Currency.getInstance(product.currency()));
        boolean whole = price.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(whole ? 0 : 2);
        return format.format(price);
    }

    private static void fitting(Set<String> lines, String line, int limit) {
        if (!line.isEmpty() && line.length() <= limit) {
            lines.add(line);
        }
    }

    /** Capitalised, single-spaced, without a trailing full stop (headlines and on-image lines carry none). */
    private static String sentence(String text) {
        String clean = text.strip().replaceAll("\\s+", " ").replaceAll("[.]+$", "");
        return clean.isEmpty() ? clean : Character.toUpperCase(clean.charAt(0)) + clean.substring(1);
    }

    private static String lowerFirst(String text) {
        // Keep acronyms ("UV protection") as written.
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String firstSentence(String text) {
        String clean = text.strip();
        int end = clean.indexOf(". ");
        return sentence(end < 0 ? clean : clean.substring(0, end));
    }
}
