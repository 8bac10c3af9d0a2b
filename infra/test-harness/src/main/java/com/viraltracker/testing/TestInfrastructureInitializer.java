package com.viraltracker.testing;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.HttpHeaders;

/**
 * Points a Spring Boot service at the shared test broker and at a database of its own, before any bean is
 * created. Spring caches contexts, so each distinct test configuration gets exactly one database. Every context
 * verifies access tokens with {@link TestTokens#SECRET}.
 */
public class TestInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    public static final String DATABASE_PROPERTY = "viraltracker.test.database";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String application = context.getEnvironment().getProperty("spring.application.name", "service");
        TestDatabase database = PostgresTestServer.createDatabase(application);
        context.getBeanFactory().registerSingleton("testDatabase", database);
        // The harness's WebTestClient calls as an admin, so tests about what a service does need no token
        // plumbing; tests about who may do it send their own viewer/operator tokens, which replace this one.
        // It waits up to 30 s for an answer (the first OpenAPI document or scrape of a context takes seconds on a
        // loaded build machine) and reads bodies of any size (a Prometheus scrape grows with every endpoint used).
        context.getBeanFactory().registerSingleton("adminTokenWebTestClientCustomizer", (WebTestClientBuilderCustomizer)
                builder -> builder.defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.admin()))
                        .responseTimeout(Duration.ofSeconds(30))
                        .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)));
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "viraltracker-test-infrastructure",
                        Map.ofEntries(
                                Map.entry(DATABASE_PROPERTY, database.database()),
                                Map.entry("viraltracker.auth.jwt-secret", TestTokens.SECRET),
                                // Each service composes its JDBC and R2DBC URLs (with its own schema) from these.
                                Map.entry("viraltracker.db.host", database.host()),
                                Map.entry("viraltracker.db.port", String.valueOf(database.port())),
                                Map.entry("viraltracker.db.name", database.database()),
                                Map.entry("viraltracker.db.user", database.user()),
                                Map.entry("viraltracker.db.password", database.password()),
                                Map.entry("spring.kafka.bootstrap-servers", KafkaTestBroker.bootstrapServers()),
                                // Spring keeps every test context of a JVM alive; with a shared consumer group a second
                                // context would take partitions from the first and handle its messages against the
                                // wrong
                                // database. One group per context (and so per database) keeps them apart.
                                Map.entry("spring.kafka.consumer.group-id", database.database()),
                                // A new group starts at the beginning so no event produced during start-up is missed.
                                Map.entry("spring.kafka.consumer.auto-offset-reset", "earliest"))));
    }
}
