package com.viraltracker.faultsuite.crash;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * How long the system took to recover from one fault: until the broken part answered again, and until work of
 * the kind it does was being finished again.
 *
 * @param fault         what was done, such as "SIGKILL meta-sync-service"
 * @param backAfter     from the fault until the part was ready again
 * @param progressAfter from the fault until the next run of its kind was finished; null if none finished in time
 *                      or none was left to finish
 */
public record Recovery(String fault, Duration backAfter, Duration progressAfter) {

    /**
     * Watches, in the background, for {@code finished} to grow past its value now; completes with the time since
     * {@code faultAt}, or null when {@code flowDone} says nothing is left to finish or {@code timeout} passes.
     */
    static CompletableFuture<Duration> progressSince(
            Instant faultAt, LongSupplier finished, BooleanSupplier flowDone, Duration timeout) {
        long before = finished.getAsLong();
        return CompletableFuture.supplyAsync(() -> {
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline) && !flowDone.getAsBoolean()) {
                if (finished.getAsLong() > before) {
                    return Duration.between(faultAt, Instant.now());
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            return finished.getAsLong() > before ? Duration.between(faultAt, Instant.now()) : null;
        });
    }
}
