package com.viraltracker.support.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Makes instances of a service that start at the same moment migrate one after the other. Liquibase's own lock
 * lives in a table that the first instance creates, so on an empty database two instances race to create it and
 * the loser exits. Around each migration this holds a PostgreSQL advisory lock named after the changelog table,
 * on a connection of its own: the second instance waits, then finds the schema up to date. If the migration
 * fails the context fails too, and the lock goes with the connection when the process exits.
 */
public class SerializedMigrations implements BeanPostProcessor {
    private static final Logger log = LoggerFactory.getLogger(SerializedMigrations.class);

    private final Map<String, Connection> held = new ConcurrentHashMap<>();

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
            held.put(beanName, lock(liquibase.getDataSource(), lockName(liquibase)));
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        Connection connection = held.remove(beanName);
        if (connection != null) {
            try (connection) {
                // Closing would release it too; unlocking first says so in the server's log if it ever fails.
                connection.createStatement().execute("SELECT pg_advisory_unlock_all()");
            } catch (SQLException e) {
                log.debug("releasing the migration lock: {}", e.toString());
            }
        }
        return bean;
    }

    static String lockName(SpringLiquibase liquibase) {
        return "viraltracker-migration:" + liquibase.getLiquibaseSchema() + "." + liquibase.getDatabaseChangeLogTable();
    }

    private static Connection lock(DataSource dataSource, String name) {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(hashtext(?))")) {
                lock.setString(1, name);
                lock.execute();
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the migration lock " + name + ": " + e.getMessage(), e);
        }
    }
}
