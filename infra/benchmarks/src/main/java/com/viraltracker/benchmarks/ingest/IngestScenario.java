package com.viraltracker.benchmarks.ingest;

import com.viraltracker.benchmarks.Sizes;
import com.viraltracker.benchmarks.env.AdminApi;
import com.viraltracker.benchmarks.env.Bench;
import com.viraltracker.benchmarks.env.JobResults;
import com.viraltracker.benchmarks.report.Figure;
import com.viraltracker.benchmarks.report.Section;
import com.viraltracker.events.parameters.MetaSyncParameters;
import com.viraltracker.events.request.MetaSyncRequested;
import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.testing.process.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A meta_sync of ads × days rows: (a) the storage path alone against COPY of the same rows into the same table
 * shape, (b) the whole sync end to end (Kafka request → Graph simulator → upserts → result).
 */
public final class IngestScenario {
    private static final String ACCOUNT = "424242001";

    private final Bench bench;
    private final Sizes sizes;
    private final Path serviceJars;
    private final Path work;

    public IngestScenario(Bench bench, Sizes sizes, Path serviceJars, Path work) {
        this.bench = bench;
        this.sizes = sizes;
        this.serviceJars = serviceJars;
        this.work = work;
    }

    public Section run(ServiceProcess metaSync) throws Exception {
        Section section = new Section(
                "ingest",
                "3. Ingest: " + String.format(Locale.ROOT, "%,d", sizes.ingestRows()) + " rows (" + sizes.ingestAds()
                        + " ads × " + sizes.ingestDays() + " days)");
        AccountSpec account = IngestRows.account(ACCOUNT, sizes.ingestAds());
        bench.simulator().account(account);
        UUID brand = UUID.randomUUID();
        List<Map<String, Object>> rows =
                IngestRows.of(bench.simulator(), account, sizes.ingestDays(), brand, UUID.randomUUID());
        if (rows.size() != sizes.ingestRows()) {
            throw new IllegalStateException("simulator gave " + rows.size() + " rows, expected " + sizes.ingestRows());
        }
        var database = bench.database();
        List<Double> storage = new ArrayList<>();
        List<Double> copy = new ArrayList<>();
        List<Double> copyEach = new ArrayList<>();
        // The class loader stays open: the pool's event loops still load classes while they shut down.
        ServiceClasses classes =
                ServiceClasses.extract(serviceJars.resolve("meta-sync-service.jar"), work.resolve("meta-sync-classes"));
        // The sync holds a page's rows back until their day is whole (AccountSync, WholeDays) and then upserts the
        // day: one call per day of every ad's rows, so the storage path is called the same way here (StoragePath).
        int perCall = sizes.ingestAds();
        try (StoragePath path = new StoragePath(classes, database.server())) {
            List<Object> records = path.records(rows);
            CopyCeiling ceiling = new CopyCeiling(database);
            // Warm-up of both (connections, class loading, JIT), not measured.
            path.upsert(records.subList(0, Math.min(records.size(), perCall * 4)));
            ceiling.copy(rows.subList(0, Math.min(rows.size(), perCall * 4)));
            for (int round = 0; round < sizes.rounds(); round++) {
                database.execute("TRUNCATE meta_sync.meta_ads_performance");
                database.checkpoint();
                long started = System.nanoTime();
                long written = path.upsert(records);
                storage.add(perSecond(written, started));
                expect(written, "upserted");
                expect(database.count("SELECT count(*) FROM meta_sync.meta_ads_performance"), "stored by upsert");

                ceiling.clear();
                database.checkpoint();
                started = System.nanoTime();
                long copied = ceiling.copy(rows);
                copy.add(perSecond(copied, started));
                expect(copied, "copied");

                ceiling.clear();
                database.checkpoint();
                started = System.nanoTime();
                copied = ceiling.copyEach(rows, perCall);
                copyEach.add(perSecond(copied, started));
                expect(copied, "copied a day at a time");
            }
            // The same rows again: what a re-sync of restated days costs (every row an ON CONFLICT update).
            List<Double> resync = new ArrayList<>();
            for (int round = 0; round < sizes.rounds(); round++) {
                database.checkpoint();
                long started = System.nanoTime();
                resync.add(perSecond(path.upsert(records), started));
            }
            section.add(Figure.of(
                    "storage_rows_per_s",
                    "storage path (PerformanceRows.upsert, a whole day of " + perCall
                            + " rows per call, which days are stored asked once per " + StoragePath.CHUNK_DAYS
                            + " days, as the sync writes), empty table",
                    "rows/s",
                    storage));
            section.add(
                    Figure.of("copy_rows_per_s", "PostgreSQL COPY of the same rows, same table shape", "rows/s", copy));
            section.add(Figure.of(
                    "copy_each_rows_per_s",
                    "the same COPY a day (" + perCall + " rows) at a time, each day committed on its own as the sync"
                            + " commits",
                    "rows/s",
                    copyEach));
            section.add(Figure.of(
                    "resync_rows_per_s", "storage path over existing rows (re-sync, all updates)", "rows/s", resync));
        }
        database.execute("TRUNCATE meta_sync.meta_ads_performance");
        double ratio = median(storage) / median(copy);
        section.ratio("storage path / COPY", ratio);
        section.ratio("storage path / COPY a day at a time", median(storage) / median(copyEach));
        section.check("Ingest: storage path vs COPY", "≥ 90% of COPY", percent(ratio), ratio >= 0.90);

        endToEnd(section, metaSync, account, brand);
        return section;
    }

    private void endToEnd(Section section, ServiceProcess metaSync, AccountSpec account, UUID brand) throws Exception {
        AdminApi.successful(
                AdminApi.post(
                        metaSync,
                        "/api/v1/brands/" + brand + "/ad-accounts",
                        "{\"ad_account_id\": \"" + account.actId() + "\"}"),
                "linking the account");
        List<Double> seconds = new ArrayList<>();
        List<Double> rate = new ArrayList<>();
        try (var producer = bench.eventProducer()) {
            for (int round = 0; round < sizes.rounds(); round++) {
                bench.database().execute("TRUNCATE meta_sync.meta_ads_performance");
                // The simulator's usage headers only ever climb with calls (they never regain); each round starts
                // as a fresh hour of Meta's budget would, so rounds compare and none waits in the usage throttle.
                bench.simulator().usage(account.actId(), 0);
                UUID run = UUID.randomUUID();
                var outcome = JobResults.run(
                        producer,
                        new MetaSyncRequested(
                                run, null, brand, Instant.now(), 1, new MetaSyncParameters(sizes.ingestDays())),
                        Duration.ofMinutes(15));
                long stored = bench.database()
                        .count("SELECT count(*) FROM meta_sync.meta_ads_performance WHERE synced_by_run_id = ?", run);
                expect(stored, "stored by the sync");
                seconds.add(outcome.wallMillis() / 1000.0);
                rate.add(stored * 1000.0 / Math.max(1, outcome.wallMillis()));
            }
        }
        section.add(
                Figure.of("sync_seconds", "whole sync end to end (request on Kafka → result on Kafka)", "s", seconds));
        section.add(Figure.of("sync_rows_per_s", "whole sync end to end", "rows/s", rate));
        section.note("End to end includes the Graph API protections as configured: an async report run (more than "
                + "31 days), cursor paging at 500 rows a page and the per-account rate limiter of 20 calls/s.");
    }

    private void expect(long rows, String what) {
        if (rows != sizes.ingestRows()) {
            throw new IllegalStateException(rows + " rows " + what + ", expected " + sizes.ingestRows());
        }
    }

    private static double perSecond(long rows, long startedNanos) {
        return rows * 1e9 / Math.max(1, System.nanoTime() - startedNanos);
    }

    static double median(List<Double> values) {
        return Figure.of("m", "m", "", values).median();
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }
}
