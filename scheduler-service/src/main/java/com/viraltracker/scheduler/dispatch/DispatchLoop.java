package com.viraltracker.scheduler.dispatch;

import com.viraltracker.scheduler.schedule.ScheduleRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Claims (and publishes) due schedules until none are left, waking the relay for any run it had to leave queued,
 * then sleeps until the earliest next_run_at (bounded by {@code dispatch.max-sleep}) or until a NOTIFY says a
 * schedule changed.
 */
@Component
public class DispatchLoop extends WorkLoop {
    private final DueJobClaimer claimer;
    private final ScheduleRepository schedules;
    private final RelayLoop relay;
    private final Clock clock;
    private final DispatchProperties properties;

    public DispatchLoop(
            DueJobClaimer claimer,
            ScheduleRepository schedules,
            RelayLoop relay,
            Clock clock,
            DispatchProperties properties) {
        super("scheduler-dispatch");
        this.claimer = claimer;
        this.schedules = schedules;
        this.relay = relay;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    protected Duration round() {
        DueJobClaimer.ClaimOutcome first = claim().block();
        if (first != null && first.claimed() == properties.dispatch().batchSize()) {
            // A backlog: drain it with several claims in flight. Otherwise one claim per wake-up is enough, and
            // claims that would find nothing only add work between a due time and its event.
            int concurrency = properties.dispatch().concurrency();
            Flux.range(0, concurrency).flatMap(claimant -> drain(), concurrency).blockLast();
        }
        Duration maxSleep = properties.dispatch().maxSleep();
        Instant earliest = schedules.earliestDue().block().orElse(null);
        if (earliest == null) {
            return maxSleep;
        }
        Duration untilDue = Duration.between(clock.instant(), earliest);
        return untilDue.compareTo(maxSleep) > 0 ? maxSleep : untilDue;
    }

    /**
     * Claims batch after batch until one comes back short. Several of these run side by side (SKIP LOCKED keeps
     * them apart), so one claim's wait for the broker's acknowledgements overlaps the next claim's SQL.
     */
    private Mono<Void> drain() {
        int batch = properties.dispatch().batchSize();
        return claim().repeat().takeUntil(outcome -> outcome.claimed() < batch).then();
    }

    private Mono<DueJobClaimer.ClaimOutcome> claim() {
        return Mono.defer(() ->
                        claimer.claim(clock.instant(), properties.dispatch().batchSize()))
                .doOnNext(outcome -> {
                    if (outcome.queued() > 0) {
                        relay.signal();
                    }
                });
    }
}
