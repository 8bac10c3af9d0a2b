package com.viraltracker.benchmarks.ingest;

import com.viraltracker.testing.TestDatabase;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * meta-sync-service's storage path alone: its {@code PerformanceRows.upsert} (the class the sync calls), called
 * a whole day at a time as the sync calls it, over an R2DBC pool like the service's. The classes come from the
 * service's executable jar, hence reflection.
 */
public final class StoragePath implements AutoCloseable {
    private static final String ROWS = "com.viraltracker.metasync.sync.PerformanceRows";
    private static final String ROW = "com.viraltracker.metasync.sync.PerformanceRow";

    private final Object pool;
    private final Object performanceRows;
    private final Method upsert;
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
            upsert = rowsType.getMethod("upsert", List.class);
            rowType = classes.load(ROW);
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

    /** Upserts the records in pages of {@code pageSize}; @return rows written. */
    public long upsert(List<Object> records, int pageSize) throws ReflectiveOperationException {
        long written = 0;
        for (int from = 0; from < records.size(); from += pageSize) {
            List<Object> page = records.subList(from, Math.min(records.size(), from + pageSize));
            try {
                written += (long) upsert.invoke(performanceRows, page);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("PerformanceRows.upsert failed", e.getCause());
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
