package com.viraltracker.graphsim;

import java.time.Clock;

/**
 * How the simulator runs.
 *
 * @param port                 0 for any free port
 * @param clock                "today" of every account comes from this clock, in the account's time zone
 * @param pollsUntilComplete   how many status polls an async report run answers before "Job Completed"
 * @param usagePercentPerCall  how much each call raises an account's usage headers
 */
public record SimulatorConfig(int port, Clock clock, int pollsUntilComplete, double usagePercentPerCall) {

    public SimulatorConfig {
        clock = clock == null ? Clock.systemUTC() : clock;
        if (pollsUntilComplete < 1) {
            throw new IllegalArgumentException("pollsUntilComplete must be at least 1");
        }
    }

    public static SimulatorConfig defaults() {
        return new SimulatorConfig(0, Clock.systemUTC(), 3, 0.5);
    }

    public SimulatorConfig withPort(int value) {
        return new SimulatorConfig(value, clock, pollsUntilComplete, usagePercentPerCall);
    }

    public SimulatorConfig withClock(Clock value) {
        return new SimulatorConfig(port, value, pollsUntilComplete, usagePercentPerCall);
    }

    public SimulatorConfig withPollsUntilComplete(int value) {
        return new SimulatorConfig(port, clock, value, usagePercentPerCall);
    }

    public SimulatorConfig withUsagePercentPerCall(double value) {
        return new SimulatorConfig(port, clock, pollsUntilComplete, value);
    }
}
