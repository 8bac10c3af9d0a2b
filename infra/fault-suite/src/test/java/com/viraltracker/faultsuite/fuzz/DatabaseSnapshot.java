package com.viraltracker.faultsuite.fuzz;

import com.viraltracker.faultsuite.stack.Sql;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A fingerprint of every service table's content (count and md5 of all rows), so the suite can tell whether a
 * rejected request changed anything. The ShedLock table is left out: its lock times move on their own.
 */
final class DatabaseSnapshot {
    private final Sql sql;
    private final String query;

    DatabaseSnapshot(Sql sql) {
        this.sql = sql;
        List<List<String>> tables = sql.rows("SELECT table_schema, table_name FROM information_schema.tables "
                + "WHERE table_schema IN ('scheduler', 'meta_sync', 'scorecard', 'ad_creation') "
                + "AND table_type = 'BASE TABLE' AND table_name <> 'shedlock' ORDER BY 1, 2");
        this.query = tables.stream()
                        .map(t -> "SELECT '" + t.get(0) + "." + t.get(1) + "' AS name, count(*) || ':' || "
                                + "coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS print FROM "
                                + t.get(0) + "."
                                + t.get(1) + " t")
                        .collect(Collectors.joining(" UNION ALL "))
                + " ORDER BY 1";
    }

    String take() {
        return sql.rows(query).stream()
                .map(row -> row.get(0) + "=" + row.get(1))
                .collect(Collectors.joining(", "));
    }

    /** Waits until two snapshots a second apart are equal (at most 60 s): work started by a request is done. */
    void awaitQuiet() {
        String previous = take();
        for (int i = 0; i < 60; i++) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            String current = take();
            if (current.equals(previous)) {
                return;
            }
            previous = current;
        }
    }

    /** The tables whose fingerprint differs between two snapshots. */
    static String difference(String before, String after) {
        List<String> a = List.of(before.split(", "));
        return java.util.Arrays.stream(after.split(", "))
                .filter(entry -> !a.contains(entry))
                .map(entry -> entry.substring(0, entry.indexOf('=')))
                .collect(Collectors.joining(", "));
    }
}
