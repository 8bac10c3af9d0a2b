package com.viraltracker.testing;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A test that brand A's callers neither see nor change brand B's resources: the harness client sets the brands up
 * as an admin, and {@link #client()} sends exactly the token a test gives it.
 */
@ServiceIntegrationTest
public abstract class BrandScopingTestBase {
    @LocalServerPort
    protected int port;

    /** The harness client: an admin, used to set the brands up. */
    @Autowired
    protected WebTestClient admin;

    /** A client of the service without the harness's token, for requests as a given caller. */
    protected WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}
