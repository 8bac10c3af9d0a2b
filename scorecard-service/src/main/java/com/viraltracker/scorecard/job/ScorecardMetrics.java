package com.viraltracker.scorecard.job;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Scorecards produced and e-mails sent or failed; both e-mail outcomes exist from the start at 0. */
@Component
public class ScorecardMetrics {
    private final Counter produced;
    private final Counter emailsSent;
    private final Counter emailsFailed;

    public ScorecardMetrics(MeterRegistry registry) {
        this.produced = Counter.builder("viraltracker.scorecard.produced")
                .description("Scorecards computed and stored (a redelivered run reuses its scorecard)")
                .register(registry);
        this.emailsSent = emails(registry, "sent");
        this.emailsFailed = emails(registry, "failed");
    }

    private static Counter emails(MeterRegistry registry, String outcome) {
        return Counter.builder("viraltracker.scorecard.emails")
                .description("Scorecard e-mails by outcome (failed: the SMTP host still refused after the retries)")
                .tag("outcome", outcome)
                .register(registry);
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
