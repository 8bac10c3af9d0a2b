package com.viraltracker.benchmarks.env;

import com.viraltracker.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;

/** The benchmark's own database on the local PostgreSQL, with the few JDBC helpers the scenarios share. */
public record Database(TestDatabase server) {
    private static final AtomicBoolean CHECKPOINT_REFUSED = new AtomicBoolean();

    public Connection connect() throws SQLException {
        return server.connect();
    }

    public void execute(String... statements) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /**
     * Writes out the pages earlier work left dirty, so that a round does not pay for the one before it: a checkpoint
     * falling inside one contender's rounds and not the other's would skew the ratio between them. Needs a
     * superuser or pg_checkpoint (PostgreSQL 15); without either, rounds run as they are, and it says so once.
     */
    public void checkpoint() {
        try {
            execute("CHECKPOINT");
        } catch (SQLException e) {
            if (CHECKPOINT_REFUSED.compareAndSet(false, true)) {
                System.out.println("[bench] warning: CHECKPOINT refused (" + e.getMessage() + "); rounds are not "
                        + "isolated from each other's dirty pages");
            }
        }
    }

    /**
     * Connections this server would still accept from an ordinary user now: {@code max_connections} less those
     * reserved for superusers and those open (every database's, other builds' included).
     */
    public int connectionsAvailable() throws SQLException {
        return (int) count("SELECT current_setting('max_connections')::int "
                + "- current_setting('superuser_reserved_connections')::int - (SELECT count(*) FROM pg_stat_activity "
                + "WHERE backend_type = 'client backend')");
    }

    public long update(String sql, Object... arguments) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, arguments);
            return statement.executeLargeUpdate();
        }
    }

    public long count(String sql, Object... arguments) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, arguments);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The first column of the first row, or null when there is no row. */
    public String text(String sql, Object... arguments) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, arguments);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    static void bind(PreparedStatement statement, Object... arguments) throws SQLException {
        for (int i = 0; i < arguments.length; i++) {
            statement.setObject(i + 1, arguments[i]);
        }
    }
}
