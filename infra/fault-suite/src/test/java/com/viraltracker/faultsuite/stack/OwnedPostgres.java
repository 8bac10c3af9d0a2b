package com.viraltracker.faultsuite.stack;

import com.viraltracker.testing.TestDatabase;
import com.viraltracker.testing.process.ServiceProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server the suite owns (real binaries via zonky), on its own port and data directory, so it may cut
 * connections and restart the server without touching the machine's shared PostgreSQL. The data survives a
 * restart, as a real server's does.
 */
public final class OwnedPostgres implements AutoCloseable {
    public static final String DATABASE = "viraltracker";

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    private OwnedPostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** Starts a server in {@code dataDirectory} (which should not exist yet) and creates the {@value #DATABASE} database. */
    public static OwnedPostgres start(Path dataDirectory) {
        OwnedPostgres postgres = new OwnedPostgres(dataDirectory.toAbsolutePath(), ServiceProcess.freePort());
        postgres.startServer();
        try (Connection connection = postgres.server.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the suite's database", e);
        }
        return postgres;
    }

    private void startServer() {
        try {
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toFile())
                    // Never clean: zonky deletes a cleaned directory on close, and a restart must find the data.
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // Four services, a second scheduler and the suite's own connections.
                    .setServerConfig("max_connections", "200")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL on port " + port, e);
        }
    }

    /** The suite's database, as the services reach it. */
    public TestDatabase database() {
        return database(DATABASE);
    }

    public TestDatabase database(String name) {
        return new TestDatabase("127.0.0.1", port, name, "postgres", "");
    }

    /** Creates another database on this server (for scenarios that need an empty one). */
    public TestDatabase createDatabase(String name) {
        try (Connection connection = database("postgres").connect();
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return database(name);
    }

    /**
     * Ends every session of the services on the database, as a DBA's {@code pg_terminate_backend} or a failover
     * does; returns how many were cut.
     */
    public int terminateConnections(String databaseName) {
        try (Connection connection = database("postgres").connect();
                Statement sql = connection.createStatement();
                var rows = sql.executeQuery(
                        "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
                                + "WHERE datname = '" + databaseName + "' AND pid <> pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("pg_terminate_backend failed", e);
        }
    }

    /** Stops the server (fast shutdown: sessions are cut); the data directory stays. */
    public void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop PostgreSQL", e);
        }
    }

    /** Starts the server again on the same port, with the same data. */
    public void restart() {
        startServer();
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
    }
}
