package com.viraltracker.metasync.sync;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which days of one account's range have rows stored under the brand: asked once for a whole chunk
 * ({@link PerformanceRows#storedDays}) and kept up to date as the chunk writes its days, so a new day goes
 * straight to COPY without a query of its own. It may be out of date by the time a day is written (a concurrent
 * sync of the same account, the account's rows stored under another brand): it only picks the cheaper statement,
 * and {@link PerformanceRows#upsert(List, StoredDays)} falls back to the upsert when a COPY meets a stored row.
 * One chunk's, used by the thread that reads the chunk.
 */
public final class StoredDays {
    private final UUID brandId;
    private final String adAccountId;
    private final Chunk range;
    private final Set<LocalDate> stored;

    StoredDays(UUID brandId, String adAccountId, Chunk range, Set<LocalDate> stored) {
        this.brandId = brandId;
        this.adAccountId = adAccountId;
        this.range = range;
        this.stored = new HashSet<>(stored);
    }

    /** Whether every row is of this account, brand and range, on a day that had nothing stored. */
    boolean noneStored(List<PerformanceRow> rows) {
        for (PerformanceRow row : rows) {
            if (!row.adAccountId().equals(adAccountId)
                    || !row.brandId().equals(brandId)
                    || !range.contains(row.date())
                    || stored.contains(row.date())) {
                return false;
            }
        }
        return true;
    }

    /** The rows' days are stored now: a day read again (a re-read of part of the chunk) is upserted. */
    void nowStored(List<PerformanceRow> rows) {
        rows.forEach(row -> stored.add(row.date()));
    }
}
