package com.viraltracker.scheduler.dispatch;

import com.viraltracker.scheduler.schedule.ScheduleRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Claims due schedules until none are left, then sleeps until the earliest next_run_at (bounded by
 * {@code dispatch.max-sleep}) or until a NOTIFY says a schedule changed.
 */
@Component
public class DispatchLoop extends WorkLoop {
    private final DueJobClaimer claimer;
    private final ScheduleRepository schedules;
    private final RelayLoop relay;
    private final Clock clock;
    private final DispatchProperties properties;

    public DispatchLoop(DueJobClaimer claimer, ScheduleRepository schedules, RelayLoop relay, Clock clock,
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
        int batch = properties.dispatch().batchSize();
        DueJobClaimer.ClaimOutcome outcome;
        do {
            outcome = claimer.claim(clock.instant(), batch).block();
            if (outcome != null && outcome.runs() > 0) {
                relay.signal();
            }
        } while (outcome != null && outcome.claimed() == batch);
        Duration maxSleep = properties.dispatch().maxSleep();
        Instant earliest = schedules.earliestDue().block().orElse(null);
        if (earliest == null) {
            return maxSleep;
        }
        Duration untilDue = Duration.between(clock.instant(), earliest);
        return untilDue.compareTo(maxSleep) > 0 ? maxSleep : untilDue;
    }
}
