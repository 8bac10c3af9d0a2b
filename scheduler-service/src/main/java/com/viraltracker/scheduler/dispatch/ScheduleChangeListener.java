package com.viraltracker.scheduler.dispatch;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Wakes the dispatcher and the relay through PostgreSQL LISTEN/NOTIFY (triggers on scheduled_jobs and
 * job_runs), so a "run now" or a psql INSERT is acted on in milliseconds rather than at the next poll. Holds
 * one dedicated connection outside the pool; if it drops, it reconnects with backoff, and the loops' bounded
 * sleep keeps everything working meanwhile.
 */
@Component
public class ScheduleChangeListener implements SmartLifecycle {
    static final String SCHEDULES_CHANNEL = "viraltracker_schedules";
    static final String OUTBOX_CHANNEL = "viraltracker_outbox";
    private static final Logger log = LoggerFactory.getLogger(ScheduleChangeListener.class);

    private final ConnectionFactory connections;
    private final DispatchLoop dispatch;
    private final RelayLoop relay;
    private volatile Disposable subscription;

    public ScheduleChangeListener(R2dbcProperties r2dbc, DispatchLoop dispatch, RelayLoop relay) {
        var options = ConnectionFactoryOptions.parse(r2dbc.getUrl()).mutate();
        if (r2dbc.getUsername() != null) {
            options.option(ConnectionFactoryOptions.USER, r2dbc.getUsername());
        }
        if (r2dbc.getPassword() != null) {
            options.option(ConnectionFactoryOptions.PASSWORD, r2dbc.getPassword());
        }
        this.connections = ConnectionFactories.get(options.build());
        this.dispatch = dispatch;
        this.relay = relay;
    }

    @Override
    public void start() {
        subscription = Mono.from(connections.create())
                .cast(PostgresqlConnection.class)
                .flatMapMany(connection -> listen(connection, SCHEDULES_CHANNEL)
                        .then(listen(connection, OUTBOX_CHANNEL))
                        .doOnSuccess(ignored -> log.info("listening for schedule and outbox changes"))
                        .thenMany(connection.getNotifications())
                        .doFinally(signal -> connection.close().subscribe()))
                .doOnNext(notification -> {
                    if (OUTBOX_CHANNEL.equals(notification.getName())) {
                        relay.signal();
                    } else {
                        dispatch.signal();
                    }
                })
                .doOnError(error -> log.warn("LISTEN connection lost, reconnecting: {}", error.toString()))
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(500)).maxBackoff(Duration.ofSeconds(30)))
                .repeatWhen(completed -> completed.delayElements(Duration.ofSeconds(1)))
                .subscribe();
    }

    private static Mono<Void> listen(PostgresqlConnection connection, String channel) {
        return connection
                .createStatement("LISTEN " + channel)
                .execute()
                .flatMap(PostgresqlResult::getRowsUpdated)
                .then();
    }

    @Override
    public void stop() {
        Disposable current = subscription;
        if (current != null) {
            current.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return subscription != null && !subscription.isDisposed();
    }

    /** Start after the loops it signals. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE + 1;
    }
}
