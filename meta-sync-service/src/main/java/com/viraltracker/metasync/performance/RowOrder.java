package com.viraltracker.metasync.performance;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The order of a breakdown's rows within each currency: by one column, up or down, rows without a value (no ROAS
 * without spend) last either way, then by key. Names compare lower-cased and byte by byte (an ad without a name by its
 * id, a campaign without a name as ""), as the console sorts them.
 */
public record RowOrder(Column column, boolean descending) {
    /** What a row can be ordered by; each column's SQL is a constant over the ranked rows, never the caller's text. */
    public enum Column {
        KEY("key", "key COLLATE \"C\"", false),
        NAME("name", "lower(coalesce(name, key)) COLLATE \"C\"", false),
        CAMPAIGN_NAME("campaign_name", "lower(coalesce(campaign_name, '')) COLLATE \"C\"", false),
        SPEND("spend", "spend", true),
        IMPRESSIONS("impressions", "impressions", true),
        CLICKS("clicks", "clicks", true),
        PURCHASES("purchases", "purchases", true),
        REVENUE("revenue", "revenue", true),
        ROAS("roas", "roas", true),
        CPA("cpa", "cpa", true),
        CTR("ctr", "ctr", true);

        private final String wireName;
        private final String sql;
        private final boolean numeric;

        Column(String wireName, String sql, boolean numeric) {
            this.wireName = wireName;
            this.sql = sql;
            this.numeric = numeric;
        }

        public String wireName() {
            return wireName;
        }

        /** Ordering by a name needs every row's name before the rows are cut to the first few. */
        boolean needsNames() {
            return this == NAME || this == CAMPAIGN_NAME;
        }

        static Optional<Column> fromWireName(String wireName) {
            return Arrays.stream(values())
                    .filter(c -> c.wireName.equals(wireName))
                    .findFirst();
        }

        static List<String> wireNames() {
            return Arrays.stream(values()).map(Column::wireName).toList();
        }
    }

    /** Days by date; ads and campaigns by spend, most first. */
    static RowOrder defaultFor(GroupBy groupBy) {
        return groupBy == GroupBy.DAY ? new RowOrder(Column.KEY, false) : new RowOrder(Column.SPEND, true);
    }

    /** A column's natural direction: amounts most first, keys and names from A. */
    static RowOrder naturalFor(Column column) {
        return new RowOrder(column, column.numeric);
    }

    /** The window's ORDER BY: this column, rows without a value last either way, ties by key. */
    String sql() {
        String ties = column == Column.KEY ? "" : ", key COLLATE \"C\"";
        return column.sql + (descending ? " DESC" : " ASC") + " NULLS LAST" + ties;
    }
}
