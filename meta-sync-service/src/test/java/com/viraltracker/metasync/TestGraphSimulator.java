package com.viraltracker.metasync;

import com.viraltracker.graphsim.FacebookApp;
import com.viraltracker.graphsim.GraphSimulator;
import com.viraltracker.graphsim.SimulatorConfig;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One Graph API simulator per test JVM. Its address reaches the service as a system property set before any
 * Spring context starts, so every test class of this module shares one context (and one consumer group).
 */
public final class TestGraphSimulator {
    private static final GraphSimulator SIMULATOR =
            GraphSimulator.start(SimulatorConfig.defaults().withPollsUntilComplete(2));
    private static final AtomicLong ACCOUNT_IDS =
            new AtomicLong(7_000_000_000L + (System.nanoTime() & 0xFFFFFF) * 1000);

    /** The Meta app "Connect Facebook" logs in to, known to the simulator and configured in the service. */
    public static final String APP_ID = "880000000000001";

    public static final String APP_SECRET = "test-app-secret-" + Long.toHexString(System.nanoTime());
    /** The console's callback page: the browser goes there, and the console calls the completion API. */
    public static final String REDIRECT_URI = "https://console.viraltracker.test/settings/facebook/callback";

    static {
        System.setProperty("viraltracker.meta.graph-base-url", SIMULATOR.baseUrl());
        System.setProperty("viraltracker.meta.login.app-id", APP_ID);
        System.setProperty("viraltracker.meta.login.app-secret", APP_SECRET);
        System.setProperty("viraltracker.meta.login.redirect-uri", REDIRECT_URI);
        SIMULATOR.app(FacebookApp.of(APP_ID, APP_SECRET));
    }

    private TestGraphSimulator() {}

    public static GraphSimulator get() {
        return SIMULATOR;
    }

    /** An account id no other test uses, so faults, usage and circuit breakers never leak between tests. */
    public static String newAccountId() {
        return Long.toString(ACCOUNT_IDS.incrementAndGet());
    }
}
