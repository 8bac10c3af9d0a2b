package com.viraltracker.faultsuite.stack;

import com.viraltracker.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain SQL on a database with every service schema on the search path, as {@code ./stack psql} has it. Each call
 * takes a fresh connection, so it works across the database restarts the suite causes.
 */
public final class Sql {
    private final TestDatabase database;

    public Sql(TestDatabase database) {
        this.database = database;
    }

    public TestDatabase database() {
        return database;
    }

    public void execute(String statement) {
        try (Connection connection = database.connectAcrossServiceSchemas();
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new AssertionError(statement + " failed: " + e.getMessage(), e);
        }
    }

    public long number(String query) {
        String value = text(query);
        return value == null ? 0 : Long.parseLong(value);
    }

    public String text(String query) {
        List<List<String>> rows = rows(query);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    /** Every row of the query, each as its columns' text. */
    public List<List<String>> rows(String query) {
        try (Connection connection = database.connectAcrossServiceSchemas();
                Statement sql = connection.createStatement();
                ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            List<List<String>> rows = new ArrayList<>();
            while (result.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(query + " failed: " + e.getMessage(), e);
        }
    }
}
