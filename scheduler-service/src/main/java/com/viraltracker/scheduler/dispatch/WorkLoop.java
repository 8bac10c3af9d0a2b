package com.viraltracker.scheduler.dispatch;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A background thread that does a round of work, then sleeps as long as the round says (or until signalled).
 * A failing round is logged and retried after a pause, so a database or broker outage never stops the loop.
 */
public abstract class WorkLoop implements SmartLifecycle {
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(1);

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String name;
    private final Wakeup wakeup = new Wakeup();
    private volatile Thread thread;
    private volatile boolean running;

    protected WorkLoop(String name) {
        this.name = name;
    }

    /** Does one round of work; @return how long to sleep before the next unless signalled. */
    protected abstract Duration round() throws Exception;

    public void signal() {
        wakeup.signal();
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread current = thread;
        if (current != null) {
            current.interrupt();
            try {
                current.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                wakeup.await(round());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                log.warn("{} round failed, retrying in {}", name, PAUSE_AFTER_FAILURE, e);
                try {
                    wakeup.await(PAUSE_AFTER_FAILURE);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
