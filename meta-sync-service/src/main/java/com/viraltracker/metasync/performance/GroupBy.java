package com.viraltracker.metasync.performance;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a brand's performance is broken down by: its days, its ads or its campaigns. */
public enum GroupBy {
    DAY("day"),
    AD("ad"),
    CAMPAIGN("campaign");

    private final String wireName;

    GroupBy(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    static Optional<GroupBy> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(g -> g.wireName.equals(wireName)).findFirst();
    }

    static List<String> wireNames() {
        return Arrays.stream(values()).map(GroupBy::wireName).toList();
    }
}
