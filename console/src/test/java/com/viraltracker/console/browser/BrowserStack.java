package com.viraltracker.console.browser;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.viraltracker.console.settings.FacebookController;
import com.viraltracker.graphsim.FacebookApp;
import com.viraltracker.graphsim.GraphSimulator;
import com.viraltracker.graphsim.SimulatorConfig;
import com.viraltracker.testing.KafkaTestBroker;
import com.viraltracker.testing.PostgresTestServer;
import com.viraltracker.testing.TestDatabase;
import com.viraltracker.testing.TestTokens;
import com.viraltracker.testing.process.FourServices;
import com.viraltracker.testing.process.ServiceProcess;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything a marketer's browser reaches, once per test run: a real KRaft broker, a fresh PostgreSQL database, the
 * Graph API simulator, a GreenMail SMTP server, the four services and the console started from their Boot jars as
 * processes (configured by environment variables, as in production), and a headless system Chromium driven by
 * Playwright. Test classes get it as a parameter.
 */
final class BrowserStack extends FourServices.OncePerRun<BrowserStack.Running> {
    // Five JVMs start at once on two cores; on a busy machine that takes minutes.
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("browser.startTimeoutSeconds", 600));

    BrowserStack() {
        super(Running.class, Running::start);
    }

    /** The Meta app Connect Facebook logs in to, known to the simulator and given to meta-sync. */
    static final String APP_ID = "880000000000002";

    private static final String APP_SECRET = "browser-test-app-secret-" + Long.toHexString(System.nanoTime());
    /** A random 32-byte key for meta-sync's token encryption, base64. */
    private static final String TOKEN_KEY =
            java.util.Base64.getEncoder().encodeToString(new java.security.SecureRandom().generateSeed(32));

    /** The started system and ways into it. */
    static final class Running implements AutoCloseable {
        final TestDatabase database;
        final GraphSimulator simulator;
        final GreenMail mail;
        final Map<String, ServiceProcess> services;
        final ServiceProcess console;
        final Playwright playwright;
        final Browser browser;

        private Running(
                TestDatabase database,
                GraphSimulator simulator,
                GreenMail mail,
                Map<String, ServiceProcess> services,
                ServiceProcess console,
                Playwright playwright,
                Browser browser) {
            this.database = database;
            this.simulator = simulator;
            this.mail = mail;
            this.services = services;
            this.console = console;
            this.playwright = playwright;
            this.browser = browser;
        }

        static Running start() {
            // What the services need besides each other: the Graph API (simulated), an SMTP server, a database, a
            // broker.
            GraphSimulator simulator = GraphSimulator.start(SimulatorConfig.defaults());
            GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            mail.start();
            TestDatabase database = PostgresTestServer.createDatabase("console");
            // Connect Facebook: Meta's login sends the browser back to the console's callback page, whose address
            // meta-sync gives the dialog, so the console's port is fixed before either starts.
            int consolePort = ServiceProcess.freePort();
            simulator.app(FacebookApp.of(APP_ID, APP_SECRET));
            Map<String, String> environment = FourServices.environment(
                    database,
                    KafkaTestBroker.bootstrapServers(),
                    simulator.baseUrl(),
                    mail.getSmtp().getPort(),
                    Map.of(
                            "META_APP_ID",
                            APP_ID,
                            "META_APP_SECRET",
                            APP_SECRET,
                            "META_OAUTH_REDIRECT_URI",
                            // the address the browser holds its session for
                            "http://localhost:" + consolePort + FacebookController.CALLBACK,
                            "META_TOKEN_KEYS",
                            "k1:" + TOKEN_KEY,
                            "META_TOKEN_ACTIVE_KEY",
                            "k1"));
            Path logs = Path.of(System.getProperty("browser.logs", "target/browser-logs"));
            Map<String, ServiceProcess> services = FourServices.start(Running::jar, environment, logs);
            ServiceProcess console = ServiceProcess.launch("console", jar("console"))
                    .port(consolePort)
                    .log(logs.resolve("console.log"))
                    .environment(Map.of(
                            "SCHEDULER_URL", services.get("scheduler-service").baseUrl(),
                            "META_SYNC_URL", services.get("meta-sync-service").baseUrl(),
                            "SCORECARD_URL", services.get("scorecard-service").baseUrl(),
                            "AD_CREATION_URL",
                                    services.get("ad-creation-service").baseUrl(),
                            // The services' local key: the console's local sign-in mints tokens with it.
                            "AUTH_JWT_SECRET", TestTokens.SECRET,
                            // Cold services on a busy test machine answer slower than production's 3 s.
                            "CONSOLE_API_TIMEOUT", System.getProperty("browser.apiTimeout", "20s"),
                            "FACEBOOK_DIALOG_ORIGIN", simulator.baseUrl()))
                    .start();
            Playwright playwright = null;
            try {
                FourServices.awaitReady(services, START_TIMEOUT);
                console.awaitReady(START_TIMEOUT);
                playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(chromium())
                                .setHeadless(true)
                                .setArgs(List.of(
                                        "--no-sandbox",
                                        "--disable-gpu",
                                        "--disable-background-networking",
                                        "--disable-component-update",
                                        "--disable-sync",
                                        "--no-first-run")));
                return new Running(database, simulator, mail, services, console, playwright, browser);
            } catch (RuntimeException e) {
                if (playwright != null) {
                    playwright.close();
                }
                console.close();
                services.values().parallelStream().forEach(ServiceProcess::close);
                simulator.close();
                mail.stop();
                throw e;
            }
        }

        /** Debian's chromium package, or the one CHROMIUM_PATH names. */
        private static Path chromium() {
            String configured = System.getenv("CHROMIUM_PATH");
            return Paths.get(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
        }

        private static Path jar(String module) {
            return Path.of(System.getProperty(
                    "browser.jars." + module, "../" + module + "/target/" + module + "-0.1.0-SNAPSHOT.jar"));
        }

        String consoleUrl() {
            return console.baseUrl();
        }

        Rest scheduler(String token) {
            return new Rest(services.get("scheduler-service").baseUrl(), token);
        }

        Rest metaSync(String token) {
            return new Rest(services.get("meta-sync-service").baseUrl(), token);
        }

        Rest scorecard(String token) {
            return new Rest(services.get("scorecard-service").baseUrl(), token);
        }

        Rest adCreation(String token) {
            return new Rest(services.get("ad-creation-service").baseUrl(), token);
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
            console.stop();
            services.values().parallelStream().forEach(ServiceProcess::stop);
            simulator.close();
            mail.stop();
        }
    }
}
