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
    /**
     * The scheduler attempts a run that failed for a passing reason again after 30 s to 30 min in production; here
     * after 1 to 2 s, then 2 to 4 s, so a retried run ends within seconds and its {@code retrying} state is still
     * long enough to be seen through the REST API.
     */
    static final Duration RETRY_BASE_BACKOFF = Duration.ofSeconds(2);

    static final Duration RETRY_MAX_BACKOFF = Duration.ofSeconds(4);
    /** How often the scheduler's outbox relay looks for retries that have come due (its {@code retry-backoff}). */
    static final Duration RELAY_ROUND = Duration.ofSeconds(2);
    /** Tries of one e-mail within one attempt of a scorecard run ({@code SCORECARD_MAIL_ATTEMPTS}). */
    static final int MAIL_ATTEMPTS = 3;
    /**
     * Tries of one Graph call within one attempt of a sync (resilience4j's {@code max-attempts}, 5 in production),
     * with short waits between them: a fault hitting this many calls fails the attempt.
     */
    static final int GRAPH_CALL_ATTEMPTS = 3;

    private static final String META_SYNC_RETRIES = """
            {"resilience4j.retry.configs.graph-api.max-attempts": %d,
             "resilience4j.retry.configs.graph-api.wait-duration": "200ms",
             "resilience4j.retry.configs.graph-api.exponential-max-wait-duration": "1s"}""".formatted(GRAPH_CALL_ATTEMPTS);

    E2eStack() {
        super(Running.class, Running::start);
    }

    /** The started system and ways into it. */
    static final class Running implements AutoCloseable {
        final TestDatabase database;
        final String bootstrapServers;
        final GraphSimulator simulator;
        final GreenMail mail;
        /** The SMTP host the services are given, in front of {@link #mail}. */
        final SmtpRelay smtp;

        final Map<String, ServiceProcess> services;

        private Running(
                TestDatabase database,
                String bootstrapServers,
                GraphSimulator simulator,
                GreenMail mail,
                SmtpRelay smtp,
                Map<String, ServiceProcess> services) {
            this.database = database;
            this.bootstrapServers = bootstrapServers;
            this.simulator = simulator;
            this.mail = mail;
            this.smtp = smtp;
            this.services = services;
        }

        static Running start() {
            TestDatabase database = PostgresTestServer.createDatabase("e2e");
            String bootstrap = KafkaTestBroker.bootstrapServers();
            GraphSimulator simulator = GraphSimulator.start(SimulatorConfig.defaults());
            GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            mail.start();
            SmtpRelay smtp = new SmtpRelay(mail.getSmtp().getPort());
            // Api signs its admin token with the key the services are given.
            Map<String, String> environment = FourServices.environment(
                    database,
                    bootstrap,
                    simulator.baseUrl(),
                    smtp.port(),
                    Map.of(
                            "SCORECARD_MAIL_ATTEMPTS",
                            String.valueOf(MAIL_ATTEMPTS),
                            "SCORECARD_MAIL_RETRY_BACKOFF",
                            "200ms",
                            "RETRY_BASE_BACKOFF",
                            RETRY_BASE_BACKOFF.toSeconds() + "s",
                            "RETRY_MAX_BACKOFF",
                            RETRY_MAX_BACKOFF.toSeconds() + "s",
                            // Read by meta-sync only; the other services have no such settings.
                            "SPRING_APPLICATION_JSON",
                            META_SYNC_RETRIES));
            Map<String, ServiceProcess> services = FourServices.start(
                    Running::jar, environment, Path.of(System.getProperty("e2e.logs", "target/e2e-logs")));
            Running running = new Running(database, bootstrap, simulator, mail, smtp, services);
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
            smtp.close();
            mail.stop();
        }
    }
}
