package com.viraltracker.testing;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A service test whose client waits 30 s for an answer: the first requests of a context on a loaded build machine
 * can outlast the client's default 5 s.
 */
@ServiceIntegrationTest
public abstract class PatientServiceTest {
    @Autowired
    protected WebTestClient web;

    @BeforeEach
    void patientClient() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }
}
