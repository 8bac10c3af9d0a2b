package com.viraltracker.e2e;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.viraltracker.graphsim.GraphSimulator;
import com.viraltracker.graphsim.SimulatorConfig;
import com.viraltracker.testing.KafkaTestBroker;
import com.viraltracker.testing.PostgresTestServer;
import com.viraltracker.testing.TestDatabase;
import com.viraltracker.testing.process.FourServices;
import com.viraltracker.testing.process.ServiceProcess;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * The whole system, once per test run: a real KRaft broker, a fresh PostgreSQL database, the Graph API simulator,
 * a GreenMail SMTP server, and the four services started from their Boot jars as separate processes, configured
 * by the same environment variables as in production. Test classes get it as a parameter.
 */
final class E2eStack extends FourServices.OncePerRun<E2eStack.Running> {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);

    E2eStack() {
        super(Running.class, Running::start);
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
            // Api signs its admin token with the key the services are given.
            Map<String, String> environment = FourServices.environment(
                    database,
                    bootstrap,
                    simulator.baseUrl(),
                    mail.getSmtp().getPort(),
                    Map.of("SCORECARD_MAIL_RETRY_BACKOFF", "200ms"));
            Map<String, ServiceProcess> services = FourServices.start(
                    Running::jar, environment, Path.of(System.getProperty("e2e.logs", "target/e2e-logs")));
            Running running = new Running(database, bootstrap, simulator, mail, services);
            try {
                FourServices.awaitReady(services, START_TIMEOUT);
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
