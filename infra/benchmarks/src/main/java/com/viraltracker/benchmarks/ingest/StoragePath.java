package com.viraltracker.benchmarks.ingest;

import com.viraltracker.testing.TestDatabase;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * meta-sync-service's storage path alone, called as the sync calls it ({@code AccountSync}): for each chunk of
 * {@value #CHUNK_DAYS} days, {@code PerformanceRows.storedDays} once, then {@code PerformanceRows.upsert} a whole
 * day at a time, over an R2DBC pool like the service's. The classes come from the service's executable jar, hence
 * reflection.
 */
public final class StoragePath implements AutoCloseable {
    private static final String ROWS = "com.viraltracker.metasync.sync.PerformanceRows";
    private static final String ROW = "com.viraltracker.metasync.sync.PerformanceRow";
    private static final String STORED_DAYS = "com.viraltracker.metasync.sync.StoredDays";
    /** The service's default {@code viraltracker.meta.backfill.chunk-days}. */
    static final int CHUNK_DAYS = 31;

    private final Object pool;
    private final Object performanceRows;
    private final Method storedDays;
    private final Method upsert;
    private final Method brandId;
    private final Method adAccountId;
    private final Method date;
    private final Class<?> rowType;
    private final Constructor<?> rowConstructor;

    public StoragePath(ServiceClasses classes, TestDatabase database) throws ReflectiveOperationException {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(classes.loader());
        try {
            String url = "r2dbc:pool:postgresql://" + database.user() + "@" + database.host() + ":" + database.port()
                    + "/" + database.database() + "?schema=meta_sync&initialSize=2&maxSize=10";
            Class<?> factories = classes.load("io.r2dbc.spi.ConnectionFactories");
            pool = factories.getMethod("get", String.class).invoke(null, url);
            Class<?> factoryType = classes.load("io.r2dbc.spi.ConnectionFactory");
            Object client = classes.load("org.springframework.r2dbc.core.DatabaseClient")
                    .getMethod("create", factoryType)
                    .invoke(null, pool);
            Class<?> rowsType = classes.load(ROWS);
            performanceRows = rowsType.getConstructor(classes.load("org.springframework.r2dbc.core.DatabaseClient"))
                    .newInstance(client);
            storedDays = rowsType.getMethod("storedDays", UUID.class, String.class, LocalDate.class, LocalDate.class);
            upsert = rowsType.getMethod("upsert", List.class, classes.load(STORED_DAYS));
            rowType = classes.load(ROW);
            brandId = rowType.getMethod("brandId");
            adAccountId = rowType.getMethod("adAccountId");
            date = rowType.getMethod("date");
            rowConstructor = rowType.getDeclaredConstructor(java.util.Arrays.stream(rowType.getRecordComponents())
                    .map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** The service's row records, built before the clock starts (mapping is not storage). */
    public List<Object> records(List<Map<String, Object>> rows) throws ReflectiveOperationException {
        RecordComponent[] components = rowType.getRecordComponents();
        List<Object> records = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            Object[] arguments = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                if (!row.containsKey(name)) {
                    throw new IllegalStateException(
                            "PerformanceRow has a component the benchmark does not fill: " + name);
                }
                arguments[i] = row.get(name);
            }
            records.add(rowConstructor.newInstance(arguments));
        }
        return records;
    }

    /**
     * Writes the records (one brand's, one account's) as the sync does: chunks of {@value #CHUNK_DAYS} days, newest
     * first, each asked once which of its days are stored, then each of its days in one call, oldest first.
     *
     * @return rows written
     */
    public long upsert(List<Object> records) throws ReflectiveOperationException {
        NavigableMap<LocalDate, List<Object>> days = new TreeMap<>();
        for (Object record : records) {
            days.computeIfAbsent((LocalDate) date.invoke(record), day -> new ArrayList<>())
                    .add(record);
        }
        if (days.isEmpty()) {
            return 0;
        }
        Object first = records.get(0);
        long written = 0;
        for (LocalDate until = days.lastKey(); !until.isBefore(days.firstKey()); until = until.minusDays(CHUNK_DAYS)) {
            LocalDate since = until.minusDays(CHUNK_DAYS - 1L);
            try {
                Object stored = storedDays.invoke(
                        performanceRows, brandId.invoke(first), adAccountId.invoke(first), since, until);
                for (List<Object> day : days.subMap(since, true, until, true).values()) {
                    written += (long) upsert.invoke(performanceRows, day, stored);
                }
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("PerformanceRows failed", e.getCause());
            }
        }
        return written;
    }

    @Override
    public void close() throws ReflectiveOperationException {
        Method dispose = pool.getClass().getMethod("dispose");
        dispose.setAccessible(true);
        dispose.invoke(pool);
    }
}
