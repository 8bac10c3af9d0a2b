package com.viraltracker.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A database created for one test context; the URLs reach it over JDBC (Liquibase, ShedLock) and R2DBC. */
public record TestDatabase(String host, int port, String database, String user, String password) {

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String r2dbcUrl() {
        return "r2dbc:postgresql://" + host + ":" + port + "/" + database;
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
