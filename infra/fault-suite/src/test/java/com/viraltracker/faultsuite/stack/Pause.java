package com.viraltracker.faultsuite.stack;

/**
 * A wait between polls in code that cannot throw {@link InterruptedException}: an interrupt keeps its flag and
 * ends the scenario with a failure rather than being swallowed.
 */
public final class Pause {
    private Pause() {}

    public static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
