package com.viraltracker.scorecard.job;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Scorecards produced, e-mails sent or failed, and how long each phase of generating a scorecard took; the e-mail
 * outcomes and the phases exist from the start at 0.
 */
@Component
public class ScorecardMetrics {
    private final Counter produced;
    private final Counter emailsSent;
    private final Counter emailsFailed;
    private final Map<GenerationPhase, Timer> phases = new EnumMap<>(GenerationPhase.class);

    public ScorecardMetrics(MeterRegistry registry) {
        this.produced = Counter.builder("viraltracker.scorecard.produced")
                .description("Scorecards computed and stored (a redelivered run reuses its scorecard)")
                .register(registry);
        this.emailsSent = emails(registry, "sent");
        this.emailsFailed = emails(registry, "failed");
        for (GenerationPhase phase : GenerationPhase.values()) {
            phases.put(
                    phase,
                    Timer.builder("viraltracker.scorecard.generation")
                            .description("Time spent in each phase of generating a scorecard")
                            .tag("phase", phase.tag())
                            .register(registry));
        }
    }

    private static Counter emails(MeterRegistry registry, String outcome) {
        return Counter.builder("viraltracker.scorecard.emails")
                .description("Scorecard e-mails by outcome (failed: the SMTP host still refused after the retries)")
                .tag("outcome", outcome)
                .register(registry);
    }

    /** Runs one phase of a generation and records how long it took, also when it failed. */
    public <T> T timed(GenerationPhase phase, Supplier<T> work) {
        return phases.get(phase).record(work);
    }

    /** A phase that runs when subscribed to, timed from its subscription to its end, also when it failed. */
    public <T> Mono<T> timed(GenerationPhase phase, Mono<T> work) {
        return Mono.defer(() -> {
            Timer.Sample started = Timer.start();
            Timer timer = phases.get(phase);
            // Recorded before the result reaches whoever waits for it (doFinally would record after).
            return work.doOnTerminate(() -> started.stop(timer)).doOnCancel(() -> started.stop(timer));
        });
    }

    public void produced() {
        produced.increment();
    }

    public void emailSent() {
        emailsSent.increment();
    }

    public void emailFailed() {
        emailsFailed.increment();
    }
}
