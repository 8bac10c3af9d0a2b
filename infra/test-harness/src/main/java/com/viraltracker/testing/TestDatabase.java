package com.viraltracker.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** A database created for one test context; the URLs reach it over JDBC (Liquibase, ShedLock) and R2DBC. */
public record TestDatabase(String host, int port, String database, String user, String password) {

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String r2dbcUrl() {
        return "r2dbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The variables a service started as a process reads its database from (DB_HOST … DB_PASSWORD). */
    public Map<String, String> serviceEnvironment() {
        return Map.of(
                "DB_HOST", host,
                "DB_PORT", Integer.toString(port),
                "DB_NAME", database,
                "DB_USER", user,
                "DB_PASSWORD", password == null ? "" : password);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user, password);
    }

    /**
     * A connection with every service schema on the search path, as {@code ./stack psql} has it, so that checks
     * across services name tables without their schema.
     */
    public Connection connectAcrossServiceSchemas() throws SQLException {
        Connection connection = connect();
        try (Statement sql = connection.createStatement()) {
            sql.execute("SET search_path = scheduler, meta_sync, scorecard, ad_creation, public");
        }
        return connection;
    }
}
