package com.viraltracker.faultsuite.database;

import com.viraltracker.testing.process.ServiceProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Polls each service's {@code /actuator/health} in the background and remembers, per service, whether it was seen
 * DOWN (503) and when it was last seen going from DOWN back to UP.
 */
final class HealthWatch implements AutoCloseable {
    private final Collection<ServiceProcess> services;
    private final Map<String, Instant> firstDown = new ConcurrentHashMap<>();
    private final Map<String, Instant> upAgain = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    HealthWatch(Collection<ServiceProcess> services) {
        this.services = services;
        this.thread = new Thread(this::watch, "health-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        while (running) {
            services.parallelStream().forEach(service -> {
                int status = service.status("/actuator/health");
                if (status == 503) {
                    firstDown.putIfAbsent(service.name(), Instant.now());
                    upAgain.remove(service.name());
                } else if (status == 200 && firstDown.containsKey(service.name())) {
                    upAgain.putIfAbsent(service.name(), Instant.now());
                }
            });
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    boolean sawDown(String service) {
        return firstDown.containsKey(service);
    }

    boolean sawUpAfterDown(String service) {
        return upAgain.containsKey(service);
    }

    /** From the fault until the service reported UP again, or null. */
    Duration upAfter(String service, Instant faultAt) {
        Instant up = upAgain.get(service);
        return up == null ? null : Duration.between(faultAt, up);
    }

    /** Waits until every service that went DOWN is UP again. */
    void awaitAllUp(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && !firstDown.keySet().stream().allMatch(upAgain::containsKey)) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
