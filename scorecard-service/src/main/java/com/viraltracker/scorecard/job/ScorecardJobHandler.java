package com.viraltracker.scorecard.job;

import com.viraltracker.events.JobType;
import com.viraltracker.events.request.ScorecardRequested;
import com.viraltracker.scorecard.email.ScorecardMailer;
import com.viraltracker.scorecard.scoring.CurrencySummary;
import com.viraltracker.scorecard.scoring.Scorecard;
import com.viraltracker.scorecard.store.ScorecardRepository;
import com.viraltracker.support.worker.JobHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A scorecard run: compute and store the scorecard (once per run), then e-mail it when asked. A failed e-mail
 * fails the run with DELIVERY but leaves the scorecard stored; a later attempt of the run only sends the e-mail.
 */
@Component
public class ScorecardJobHandler implements JobHandler<ScorecardRequested> {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ScorecardGenerator generator;
    private final ScorecardMailer mailer;
    private final ScorecardRepository repository;
    private final Clock clock;
    private final ScorecardMetrics metrics;

    public ScorecardJobHandler(
            ScorecardGenerator generator,
            ScorecardMailer mailer,
            ScorecardRepository repository,
            Clock clock,
            ScorecardMetrics metrics) {
        this.generator = generator;
        this.mailer = mailer;
        this.repository = repository;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public JobType jobType() {
        return JobType.SCORECARD;
    }

    @Override
    public Map<String, Object> handle(ScorecardRequested request) {
        Scorecard scorecard = generator.generate(request);
        String to = request.parameters().exportEmail();
        if (to != null && !to.equalsIgnoreCase(scorecard.emailedTo())) {
            try {
                mailer.send(scorecard, to);
            } catch (RuntimeException e) {
                metrics.emailFailed();
                throw e;
            }
            metrics.emailSent();
            repository.markEmailed(scorecard.id(), to, clock.instant()).block(TIMEOUT);
        }
        return summary(scorecard, to);
    }

    private static Map<String, Object> summary(Scorecard scorecard, String emailedTo) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("scorecard_id", scorecard.id().toString());
        summary.put("period_start", scorecard.period().start().toString());
        summary.put("period_end", scorecard.period().end().toString());
        summary.put("ads_evaluated", scorecard.summary().adsEvaluated());
        summary.put("ads_excluded", scorecard.summary().adsExcluded());
        summary.put(
                "top_performers",
                scorecard.summary().currencies().stream()
                        .mapToInt(CurrencySummary::topPerformers)
                        .sum());
        summary.put(
                "needs_attention",
                scorecard.summary().currencies().stream()
                        .mapToInt(CurrencySummary::needsAttention)
                        .sum());
        summary.put(
                "currencies",
                scorecard.summary().currencies().stream()
                        .map(CurrencySummary::currency)
                        .toList());
        if (emailedTo != null) {
            summary.put("emailed_to", emailedTo);
        }
        return summary;
    }
}
