package com.viraltracker.metasync.graph;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.net.http.HttpHeaders;
import java.util.List;

/**
 * Reads Meta's usage headers ({@code x-business-use-case-usage}, {@code x-app-usage}, {@code x-ad-account-usage},
 * {@code x-fb-ads-insights-throttle}) into one number: the highest utilisation percent any of them reports.
 * The value is kept per thread because the SDK's executor is global while each sync runs on its own thread.
 */
public final class UsageObserver {
    static final List<String> HEADERS =
            List.of("x-business-use-case-usage", "x-app-usage", "x-ad-account-usage", "x-fb-ads-insights-throttle");
    private static final ThreadLocal<Double> LAST = new ThreadLocal<>();
    private static final ThreadLocal<Long> LAST_REGAIN_MINUTES = new ThreadLocal<>();
    static final String REGAIN_ACCESS = "estimated_time_to_regain_access";

    private UsageObserver() {}

    static void observe(HttpHeaders headers) {
        double highest = -1;
        for (String name : HEADERS) {
            for (String value : headers.allValues(name)) {
                highest = Math.max(highest, highestNumber(value));
            }
        }
        if (highest >= 0) {
            LAST.set(highest);
        }
        long regain = -1;
        for (String value : headers.allValues("x-business-use-case-usage")) {
            regain = Math.max(regain, regainMinutes(value));
        }
        if (regain >= 0) {
            LAST_REGAIN_MINUTES.set(regain);
        }
    }

    /**
     * In minutes, how long Meta says the account stays blocked, from the last answer on this thread (the largest
     * {@code estimated_time_to_regain_access} of its business-use-case header), and forgets it; -1 when none said.
     */
    public static long takeLastRegainMinutes() {
        Long value = LAST_REGAIN_MINUTES.get();
        LAST_REGAIN_MINUTES.remove();
        return value == null ? -1 : value;
    }

    static long regainMinutes(String json) {
        try {
            return largest(JsonParser.parseString(json), REGAIN_ACCESS);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static long largest(JsonElement element, String key) {
        long max = -1;
        if (element.isJsonObject()) {
            for (var entry : element.getAsJsonObject().entrySet()) {
                JsonElement value = entry.getValue();
                if (entry.getKey().equals(key)
                        && value.isJsonPrimitive()
                        && value.getAsJsonPrimitive().isNumber()) {
                    max = Math.max(max, value.getAsLong());
                } else if (!value.isJsonPrimitive()) {
                    max = Math.max(max, largest(value, key));
                }
            }
        } else if (element.isJsonArray()) {
            for (JsonElement item : element.getAsJsonArray()) {
                max = Math.max(max, largest(item, key));
            }
        }
        return max;
    }

    /** The utilisation the last answer on this thread reported, and forgets it; -1 when none did. */
    public static double takeLast() {
        Double value = LAST.get();
        LAST.remove();
        return value == null ? -1 : value;
    }

    /** The largest of the percentages in a usage header (call_count, total_time, acc_id_util_pct, ...). */
    static double highestNumber(String json) {
        try {
            return highest(JsonParser.parseString(json));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static double highest(JsonElement element) {
        double max = -1;
        if (element.isJsonObject()) {
            for (var entry : element.getAsJsonObject().entrySet()) {
                if (isPercent(entry.getKey())
                        && entry.getValue().isJsonPrimitive()
                        && entry.getValue().getAsJsonPrimitive().isNumber()) {
                    max = Math.max(max, entry.getValue().getAsDouble());
                } else if (!entry.getValue().isJsonPrimitive()) {
                    max = Math.max(max, highest(entry.getValue()));
                }
            }
        } else if (element.isJsonArray()) {
            for (JsonElement item : element.getAsJsonArray()) {
                max = Math.max(max, highest(item));
            }
        }
        return max;
    }

    private static boolean isPercent(String key) {
        return key.equals("call_count")
                || key.equals("total_cputime")
                || key.equals("total_time")
                || key.endsWith("_util_pct");
    }
}
