package com.viraltracker.observability;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the Grafana variables and macros our dashboards use with what Grafana would send for a recent window,
 * so a query can be run without Grafana. Anything else starting with {@code $} is left alone and fails loudly.
 */
public final class GrafanaVariables {
    private static final Pattern TIME_FILTER = Pattern.compile("\\$__timeFilter\\(([^)]+)\\)");

    private final Duration window;

    /** @param window what {@code $__rate_interval}, {@code $__interval} and {@code $__range} stand for */
    public GrafanaVariables(Duration window) {
        this.window = window;
    }

    public String promQl(String query) {
        String duration = window.toSeconds() + "s";
        return query.replace("$__rate_interval", duration)
                .replace("$__interval", duration)
                .replace("$__range", duration);
    }

    public String sql(String query) {
        Matcher matcher = TIME_FILTER.matcher(query);
        String seconds = Long.toString(window.toSeconds());
        return matcher.replaceAll(match -> Matcher.quoteReplacement(
                        match.group(1) + " BETWEEN now() - interval '" + seconds + " seconds' AND now()"))
                .replace("$__timeFrom()", "(now() - interval '" + seconds + " seconds')")
                .replace("$__timeTo()", "now()");
    }
}
