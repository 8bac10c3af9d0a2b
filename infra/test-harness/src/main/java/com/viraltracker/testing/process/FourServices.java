package com.viraltracker.testing.process;

import com.viraltracker.testing.TestDatabase;
import com.viraltracker.testing.TestTokens;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The four services started from their Boot jars as processes, configured by the environment variables they read in
 * production, for the suites that test the whole system from outside (infra/e2e-tests, the console's browser tests).
 */
public final class FourServices {
    public static final List<String> NAMES =
            List.of("scheduler-service", "meta-sync-service", "scorecard-service", "ad-creation-service");

    private FourServices() {}

    /**
     * What every service is given: the database, the broker, the Graph API (the simulator), the SMTP server and the
     * key the test tokens are signed with; {@code extra} adds to it or overrides it.
     */
    public static Map<String, String> environment(
            TestDatabase database,
            String bootstrapServers,
            String graphBaseUrl,
            int smtpPort,
            Map<String, String> extra) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("DB_HOST", database.host());
        environment.put("DB_PORT", String.valueOf(database.port()));
        environment.put("DB_NAME", database.database());
        environment.put("DB_USER", database.user());
        environment.put("DB_PASSWORD", database.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        environment.put("META_GRAPH_BASE_URL", graphBaseUrl);
        environment.put("SMTP_HOST", "127.0.0.1");
        environment.put("SMTP_PORT", String.valueOf(smtpPort));
        environment.put("AUTH_JWT_SECRET", TestTokens.SECRET);
        environment.putAll(extra);
        return environment;
    }

    /**
     * Starts the four services at once (their log in {@code logs}), by name in {@link #NAMES}' order; the caller waits
     * for them with {@link #awaitReady}.
     */
    public static Map<String, ServiceProcess> start(
            Function<String, Path> jar, Map<String, String> environment, Path logs) {
        return start(jar, environment, logs, Map.of());
    }

    /**
     * As {@link #start(Function, Map, Path)}, with fixed ports for the services a caller must name before they start
     * (a callback URL another party redirects to); the others get free ports.
     */
    public static Map<String, ServiceProcess> start(
            Function<String, Path> jar, Map<String, String> environment, Path logs, Map<String, Integer> ports) {
        Map<String, ServiceProcess> services = new LinkedHashMap<>();
        NAMES.forEach(name -> services.put(
                name,
                ServiceProcess.launch(name, jar.apply(name))
                        .environment(environment)
                        .log(logs.resolve(name + ".log"))
                        .port(ports.getOrDefault(name, 0))
                        .start()));
        return services;
    }

    public static void awaitReady(Map<String, ServiceProcess> services, Duration timeout) {
        services.values().forEach(service -> service.awaitReady(timeout));
    }

    /**
     * A JUnit extension that starts one {@code T} for the whole test run (the first test class that asks starts it;
     * JUnit closes it after the last) and gives it to test classes as a constructor or method parameter.
     */
    public abstract static class OncePerRun<T extends AutoCloseable> implements BeforeAllCallback, ParameterResolver {
        private final Class<T> type;
        private final Supplier<T> start;

        protected OncePerRun(Class<T> type, Supplier<T> start) {
            this.type = type;
            this.start = start;
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            running(context);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == type;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return running(context);
        }

        private T running(ExtensionContext context) {
            // The root store: one for every test class, closed once after the last of them.
            return context.getRoot()
                    .getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(type, key -> start.get(), type);
        }
    }
}
