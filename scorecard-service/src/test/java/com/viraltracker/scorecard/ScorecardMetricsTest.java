package com.viraltracker.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.viraltracker.events.request.ScorecardRequested;
import com.viraltracker.events.result.ResultStatus;
import com.viraltracker.scorecard.job.GenerationPhase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Scorecards produced, e-mails sent or failed and the phases of generation timed, counted on real runs over Kafka
 * and real SMTP servers.
 */
class ScorecardMetricsTest extends ScorecardServiceTestBase {
    private static final Instant MONDAY = Instant.parse("2026-03-02T17:00:00Z");

    @Autowired
    private JavaMailSender mailSender;

    @Autowired
    private MeterRegistry registry;

    @SuppressWarnings("unused")
    private final GreenMail smtp = TestSmtp.server();

    @Test
    void counts_a_scorecard_once_per_run_and_each_email_by_outcome() throws Exception {
        UUID brand = aBrandWithOneAd();
        double produced = count("viraltracker.scorecard.produced", null);
        double sent = count("viraltracker.scorecard.emails", "sent");
        double failed = count("viraltracker.scorecard.emails", "failed");
        ScorecardRequested request = ScorecardRuns.request(
                brand, MONDAY, ScorecardRuns.parameters(7, "10.0", "metrics-" + UUID.randomUUID() + "@brand.example"));

        var sender = (JavaMailSenderImpl) mailSender;
        int workingPort = sender.getPort();
        try (RefusingSmtpServer refusing = new RefusingSmtpServer()) {
            sender.setPort(refusing.port());
            assertThat(ScorecardRuns.run(publisher, request).status()).isEqualTo(ResultStatus.FAILED);
        } finally {
            sender.setPort(workingPort);
        }
        assertThat(count("viraltracker.scorecard.emails", "failed") - failed).isEqualTo(1);
        assertThat(count("viraltracker.scorecard.emails", "sent") - sent).isZero();

        ScorecardRequested secondAttempt = new ScorecardRequested(
                request.runId(), request.jobId(), brand, request.scheduledFor(), 2, request.parameters());
        assertThat(ScorecardRuns.run(publisher, secondAttempt).status()).isEqualTo(ResultStatus.SUCCEEDED);

        assertThat(count("viraltracker.scorecard.emails", "sent") - sent).isEqualTo(1);
        assertThat(count("viraltracker.scorecard.produced", null) - produced)
                .as("the second attempt reuses the stored scorecard")
                .isEqualTo(1);
    }

    @Test
    void times_each_phase_of_a_new_scorecard_and_only_the_lookup_on_a_later_attempt_of_its_run() throws Exception {
        ScorecardRequested request =
                ScorecardRuns.request(aBrandWithOneAd(), MONDAY, ScorecardRuns.parameters(7, "10.0", null));
        Map<GenerationPhase, Long> before = timedPhases();

        assertThat(ScorecardRuns.run(publisher, request).status()).isEqualTo(ResultStatus.SUCCEEDED);
        Map<GenerationPhase, Long> afterFirst = timedPhases();
        assertThat(afterFirst)
                .allSatisfy((phase, times) ->
                        assertThat(times - before.get(phase)).as(phase.tag()).isEqualTo(1));

        ScorecardRequested secondAttempt = new ScorecardRequested(
                request.runId(), request.jobId(), request.brandId(), request.scheduledFor(), 2, request.parameters());
        assertThat(ScorecardRuns.run(publisher, secondAttempt).status()).isEqualTo(ResultStatus.SUCCEEDED);
        Map<GenerationPhase, Long> afterRedelivery = timedPhases();
        assertThat(afterRedelivery)
                .allSatisfy((phase, times) -> assertThat(times - afterFirst.get(phase))
                        .as(phase.tag())
                        .isEqualTo(phase == GenerationPhase.EXISTING ? 1 : 0));
    }

    private Map<GenerationPhase, Long> timedPhases() {
        return Arrays.stream(GenerationPhase.values())
                .collect(Collectors.toMap(
                        Function.identity(),
                        phase -> registry.get("viraltracker.scorecard.generation")
                                .tag("phase", phase.tag())
                                .timer()
                                .count()));
    }

    private UUID aBrandWithOneAd() {
        PerformanceTable.create(testDatabase);
        UUID brand = UUID.randomUUID();
        String account = "act_" + Long.toUnsignedString(brand.getMostSignificantBits());
        PerformanceTable.insert(
                testDatabase,
                List.of(PerformanceRow.account(brand, account, "USD")
                        .row("ad_one", "One ad", "2026-02-24", "60.00", "180.00", 6, 12000, 240)));
        return brand;
    }

    private double count(String name, String outcome) {
        var search = registry.get(name);
        return outcome == null
                ? search.counter().count()
                : search.tag("outcome", outcome).counter().count();
    }
}
