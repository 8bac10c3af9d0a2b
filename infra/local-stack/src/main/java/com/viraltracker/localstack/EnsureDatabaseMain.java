package com.viraltracker.localstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the stack's database on a configured PostgreSQL server when it is missing:
 * {@code --url jdbc:postgresql://host:port/postgres --user u --password p --database viraltracker}.
 * The services' Liquibase changelogs then create their schemas in it.
 */
public final class EnsureDatabaseMain {
    private EnsureDatabaseMain() {}

    public static void main(String[] args) {
        Arguments arguments = Arguments.parse(args);
        String database = arguments.value("database", "viraltracker");
        if (!database.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            System.err.println("database name must be a plain identifier: " + database);
            System.exit(2);
        }
        String url = arguments.value("url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        try (Connection connection = DriverManager.getConnection(
                url, arguments.value("user", "postgres"), arguments.value("password", ""))) {
            try (PreparedStatement exists =
                    connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, database);
                if (exists.executeQuery().next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + database);
            }
            System.out.println("created database " + database);
        } catch (SQLException e) {
            System.err.println("cannot reach PostgreSQL at " + url + ": " + e.getMessage());
            System.exit(1);
        }
    }
}
