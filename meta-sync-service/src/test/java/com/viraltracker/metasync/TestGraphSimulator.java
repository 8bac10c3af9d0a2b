package com.viraltracker.metasync;

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

    static {
        System.setProperty("viraltracker.meta.graph-base-url", SIMULATOR.baseUrl());
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
