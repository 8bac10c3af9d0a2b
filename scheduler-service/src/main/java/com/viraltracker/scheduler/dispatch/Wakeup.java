package com.viraltracker.scheduler.dispatch;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Lets a loop sleep until a deadline or until someone signals new work, whichever is first. */
public class Wakeup {
    private final Semaphore signal = new Semaphore(0);

    public void signal() {
        // Collapse many signals into one pending wake-up.
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    /** @return true if woken by a signal */
    public boolean await(Duration timeout) throws InterruptedException {
        if (timeout.isNegative() || timeout.isZero()) {
            signal.drainPermits();
            return false;
        }
        boolean woken = signal.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        signal.drainPermits();
        return woken;
    }
}
