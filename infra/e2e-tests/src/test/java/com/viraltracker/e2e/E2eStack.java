package com.viraltracker.e2e;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.viraltracker.graphsim.GraphSimulator;
import com.viraltracker.graphsim.SimulatorConfig;
import com.viraltracker.testing.KafkaTestBroker;
import com.viraltracker.testing.PostgresTestServer;
import com.viraltracker.testing.TestDatabase;
import com.viraltracker.testing.TestTokens;
import com.viraltracker.testing.process.ServiceProcess;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The whole system, once per test run: a real KRaft broker, a fresh PostgreSQL database, the Graph API simulator,
 * a GreenMail SMTP server, and the four services started from their Boot jars as separate processes, configured
 * by the same environment variables as in production. Test classes get it as a parameter.
 */
final class E2eStack implements BeforeAllCallback, ParameterResolver {
    static final List<String> SERVICES =
            List.of("scheduler-service", "meta-sync-service", "scorecard-service", "ad-creation-service");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Running.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context);
    }

    private static Running running(ExtensionContext context) {
        // The root store: one stack for every test class, closed once after the last of them.
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Running.class, key -> Running.start(), Running.class);
    }

    /** The started system and ways into it. */
    static final class Running implements AutoCloseable {
        final TestDatabase database;
        final String bootstrapServers;
        final GraphSimulator simulator;
        final GreenMail mail;
        final Map<String, ServiceProcess> services;

        private Running(
                TestDatabase database,
                String bootstrapServers,
                GraphSimulator simulator,
                GreenMail mail,
                Map<String, ServiceProcess> services) {
            this.database = database;
            this.bootstrapServers = bootstrapServers;
            this.simulator = simulator;
            this.mail = mail;
            this.services = services;
        }

        static Running start() {
            TestDatabase database = PostgresTestServer.createDatabase("e2e");
            String bootstrap = KafkaTestBroker.bootstrapServers();
            GraphSimulator simulator = GraphSimulator.start(SimulatorConfig.defaults());
            GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            mail.start();
            Map<String, String> environment = Map.ofEntries(
                    Map.entry("DB_HOST", database.host()),
                    Map.entry("DB_PORT", String.valueOf(database.port())),
                    Map.entry("DB_NAME", database.database()),
                    Map.entry("DB_USER", database.user()),
                    Map.entry("DB_PASSWORD", database.password()),
                    Map.entry("KAFKA_BOOTSTRAP_SERVERS", bootstrap),
                    Map.entry("META_GRAPH_BASE_URL", simulator.baseUrl()),
                    Map.entry("SMTP_HOST", "127.0.0.1"),
                    Map.entry("SMTP_PORT", String.valueOf(mail.getSmtp().getPort())),
                    Map.entry("SCORECARD_MAIL_RETRY_BACKOFF", "200ms"),
                    // Api signs its admin token with the same key.
                    Map.entry("AUTH_JWT_SECRET", TestTokens.SECRET));
            Map<String, ServiceProcess> services = new LinkedHashMap<>();
            Path logs = Path.of(System.getProperty("e2e.logs", "target/e2e-logs"));
            SERVICES.forEach(name -> services.put(name, ServiceProcess.start(name, jar(name), environment, logs)));
            Running running = new Running(database, bootstrap, simulator, mail, services);
            try {
                services.values().forEach(service -> service.awaitReady(START_TIMEOUT));
            } catch (RuntimeException e) {
                running.close();
                throw e;
            }
            return running;
        }

        private static Path jar(String service) {
            return Path.of(System.getProperty(
                    "e2e.jars." + service, "../../" + service + "/target/" + service + "-0.1.0-SNAPSHOT.jar"));
        }

        Api scheduler() {
            return new Api(services.get("scheduler-service").baseUrl());
        }

        Api metaSync() {
            return new Api(services.get("meta-sync-service").baseUrl());
        }

        Api scorecard() {
            return new Api(services.get("scorecard-service").baseUrl());
        }

        Api adCreation() {
            return new Api(services.get("ad-creation-service").baseUrl());
        }

        Api simulatorAdmin() {
            return new Api(simulator.baseUrl());
        }

        /** Runs SQL in the stack's database with every service schema on the search path, as ./stack psql does. */
        void sql(String statement) {
            try (Connection connection = database.connectAcrossServiceSchemas();
                    Statement sql = connection.createStatement()) {
                sql.execute(statement);
            } catch (SQLException e) {
                throw new AssertionError(statement + " failed: " + e.getMessage(), e);
            }
        }

        String text(String query) {
            try (Connection connection = database.connectAcrossServiceSchemas();
                    Statement sql = connection.createStatement();
                    ResultSet rows = sql.executeQuery(query)) {
                return rows.next() ? rows.getString(1) : null;
            } catch (SQLException e) {
                throw new AssertionError(query + " failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            services.values().parallelStream().forEach(ServiceProcess::stop);
            simulator.close();
            mail.stop();
        }
    }
}
