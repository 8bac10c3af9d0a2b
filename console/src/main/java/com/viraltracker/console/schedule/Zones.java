package com.viraltracker.console.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * The time zones a schedule may be set in: Pacific first (the seed's panel scheduled in PST), then a few common
 * ones, and the brand's ad account zone when it is not among them.
 */
public final class Zones {
    public static final String PACIFIC = "America/Los_Angeles";
    static final List<String> COMMON = List.of(
            PACIFIC,
            "America/Denver",
            "America/Chicago",
            "America/New_York",
            "America/Sao_Paulo",
            "Europe/London",
            "Europe/Berlin",
            "Asia/Kolkata",
            "Asia/Tokyo",
            "Australia/Sydney",
            "UTC");

    private Zones() {}

    public static List<String> choices(String accountZone) {
        List<String> zones = new ArrayList<>(COMMON);
        if (accountZone != null && !zones.contains(accountZone)) {
            zones.add(1, accountZone);
        }
        return zones;
    }

    public static boolean allowed(String zone, String accountZone) {
        return choices(accountZone).contains(zone);
    }
}
