package com.viraltracker.metasync.connections;

import com.viraltracker.metasync.tokens.TokenUnreadableException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Meta gives no refresh token: a long-lived token lasts about 60 days and only a new login renews it. Once a day
 * (one instance at a time) each connection's token is inspected with {@code debug_token}, and its validity and
 * expiry are recorded. The gauge {@code viraltracker.meta.facebook.connections} counts connections by status, so
 * an alert fires when any needs a reconnect (expiring within the warning period, expired, or ended by Meta).
 */
public class ConnectionCheck {
    private static final Logger log = LoggerFactory.getLogger(ConnectionCheck.class);
    static final List<String> STATUSES = List.of("connected", "expiring", "expired", "invalid");

    private final FacebookConnections connections;
    private final FacebookLoginClient meta;
    private final Clock clock;
    private final Map<String, AtomicLong> byStatus = new ConcurrentHashMap<>();

    public ConnectionCheck(
            FacebookConnections connections, FacebookLoginClient meta, Clock clock, MeterRegistry registry) {
        this.connections = connections;
        this.meta = meta;
        this.clock = clock;
        for (String status : STATUSES) {
            AtomicLong count = new AtomicLong();
            byStatus.put(status, count);
            Gauge.builder("viraltracker.meta.facebook.connections", count, AtomicLong::get)
                    .description("Facebook connections of all brands by status; expiring, expired and invalid ones"
                            + " need a reconnect")
                    .tag("status", status)
                    .register(registry);
        }
    }

    /** What one check did. */
    public record Result(int checked, int invalid, int unreachable) {}

    @Scheduled(cron = "${viraltracker.meta.login.check-cron:0 30 5 * * *}", zone = "UTC")
    @SchedulerLock(name = "facebook-connection-check", lockAtMostFor = "PT1H")
    public void checkOnSchedule() {
        Result result = check();
        log.info(
                "checked {} Facebook connection(s): {} no longer valid, {} not reachable",
                result.checked(),
                result.invalid(),
                result.unreachable());
    }

    /** Inspects every connection's token with Meta and records what Meta says. */
    public Result check() {
        int checked = 0;
        int invalid = 0;
        int unreachable = 0;
        for (FacebookConnection connection : connections.all()) {
            Instant now = clock.instant();
            try {
                String token = connections
                        .tokenOf(connection.brandId(), connection.id())
                        .orElse(null);
                if (token == null) {
                    continue;
                }
                FacebookLoginClient.TokenInspection inspection = meta.inspect(token);
                connections
                        .checked(
                                connection.id(),
                                inspection.valid(),
                                inspection.valid() ? null : inspection.errorMessage(),
                                inspection.expiresAt() != null ? inspection.expiresAt() : connection.expiresAt(),
                                inspection.dataAccessExpiresAt(),
                                now)
                        .block(Duration.ofSeconds(30));
                checked++;
                if (!inspection.valid()) {
                    invalid++;
                }
            } catch (FacebookLoginException e) {
                unreachable++;
                log.warn("could not check Facebook connection {}: {}", connection.id(), e.getMessage());
            } catch (TokenUnreadableException e) {
                connections
                        .checked(connection.id(), false, e.getMessage(), connection.expiresAt(), null, now)
                        .block(Duration.ofSeconds(30));
                invalid++;
            }
        }
        countByStatus();
        return new Result(checked, invalid, unreachable);
    }

    /** The gauge's counts, from the table (cheap: no call to Meta); every instance keeps its own. */
    @Scheduled(fixedDelayString = "${viraltracker.meta.login.count-interval:5m}", initialDelay = 10_000)
    public void countByStatus() {
        Map<String, Long> counts = new ConcurrentHashMap<>();
        for (FacebookConnection connection : connections.all()) {
            counts.merge(connection.status(), 1L, Long::sum);
        }
        STATUSES.forEach(status -> byStatus.get(status).set(counts.getOrDefault(status, 0L)));
    }
}
