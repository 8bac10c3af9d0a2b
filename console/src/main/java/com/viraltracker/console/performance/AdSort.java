package com.viraltracker.console.performance;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the per-ad table is sorted: by a column, up or down; ads without a value (no ROAS without spend) go last
 * either way, ties by ad id. meta-sync-service sorts (names lower-cased) and answers the first ads only.
 */
public record AdSort(Column column, boolean descending) {
    public static final AdSort DEFAULT = new AdSort(Column.SPEND, true);

    /** The sortable columns, in table order. */
    public enum Column {
        AD("Ad", "name", false),
        CAMPAIGN("Campaign", "campaign_name", false),
        SPEND("Spend", "spend", true),
        PURCHASES("Purchases", "purchases", true),
        REVENUE("Revenue", "revenue", true),
        ROAS("ROAS", "roas", true),
        CPA("CPA", "cpa", true),
        CTR("CTR", "ctr", true);

        private final String label;
        private final String serviceName;
        private final boolean numeric;

        Column(String label, String serviceName, boolean numeric) {
            this.label = label;
            this.serviceName = serviceName;
            this.numeric = numeric;
        }

        public String label() {
            return label;
        }

        public boolean numeric() {
            return numeric;
        }

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static AdSort of(String column, String direction) {
        Column chosen = Arrays.stream(Column.values())
                .filter(candidate -> candidate.param().equals(column))
                .findFirst()
                .orElse(DEFAULT.column);
        boolean descending = direction == null ? chosen.numeric : !"asc".equals(direction);
        return new AdSort(chosen, descending);
    }

    /** meta-sync-service's name of the column, its {@code sort} parameter. */
    public String serviceSort() {
        return column.serviceName;
    }

    /** meta-sync-service's {@code direction} parameter. */
    public String serviceDirection() {
        return descending ? "desc" : "asc";
    }

    /** The direction a click on {@code other}'s header sorts in: flips this column, else the column's natural one. */
    public String nextDirection(Column other) {
        if (other == column) {
            return descending ? "asc" : "desc";
        }
        return other.numeric ? "desc" : "asc";
    }

    /** {@code aria-sort} of a header. */
    public String ariaSort(Column other) {
        return other != column ? "none" : descending ? "descending" : "ascending";
    }
}
