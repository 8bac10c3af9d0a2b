package com.viraltracker.scheduler.dispatch;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Publishes the outbox until it is empty, then waits for the dispatcher, a manual run or a NOTIFY to signal
 * new runs; the periodic round also retries runs whose publish failed.
 */
@Component
public class RelayLoop extends WorkLoop {
    private final OutboxRelay relay;
    private final DispatchProperties properties;

    public RelayLoop(OutboxRelay relay, DispatchProperties properties) {
        super("scheduler-relay");
        this.relay = relay;
        this.properties = properties;
    }

    @Override
    protected Duration round() {
        int batch = properties.relay().batchSize();
        Integer published;
        do {
            published = relay.publishBatch().block();
        } while (published != null && published == batch);
        return properties.relay().retryBackoff();
    }
}
