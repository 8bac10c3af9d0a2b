package com.viraltracker.console.performance;

import com.viraltracker.console.api.PerformanceRow;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How the per-ad table is sorted: by a column, up or down; ads without a value (no ROAS without spend) go last
 * either way.
 */
public record AdSort(Column column, boolean descending) {
    public static final AdSort DEFAULT = new AdSort(Column.SPEND, true);

    /** The sortable columns, in table order. */
    public enum Column {
        AD("Ad", row -> row.name() == null ? row.key() : row.name().toLowerCase(Locale.ROOT), false),
        CAMPAIGN(
                "Campaign",
                row -> row.campaignName() == null ? "" : row.campaignName().toLowerCase(Locale.ROOT),
                false),
        SPEND("Spend", row -> row.metrics().spend(), true),
        PURCHASES("Purchases", row -> BigDecimal.valueOf(row.metrics().purchases()), true),
        REVENUE("Revenue", row -> row.metrics().revenue(), true),
        ROAS("ROAS", row -> row.metrics().roas(), true),
        CPA("CPA", row -> row.metrics().cpa(), true),
        CTR("CTR", row -> row.metrics().ctrPercent(), true);

        private final String label;
        private final Function<PerformanceRow, Comparable<?>> key;
        private final boolean numeric;

        Column(String label, Function<PerformanceRow, Comparable<?>> key, boolean numeric) {
            this.label = label;
            this.key = key;
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<PerformanceRow> sort(List<PerformanceRow> rows) {
        Comparator<Comparable> natural = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        Comparator<PerformanceRow> order =
                Comparator.comparing(row -> (Comparable) column.key.apply(row), Comparator.nullsLast(natural));
        return rows.stream().sorted(order.thenComparing(PerformanceRow::key)).toList();
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
