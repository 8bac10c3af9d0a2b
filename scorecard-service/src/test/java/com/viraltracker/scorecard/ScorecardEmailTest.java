package com.viraltracker.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.viraltracker.events.request.ScorecardRequested;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.result.ResultStatus;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The e-mail export through a real SMTP server in the JVM (GreenMail), and through one that refuses mail. */
class ScorecardEmailTest extends ScorecardServiceTestBase {
    private static final Instant MONDAY = Instant.parse("2026-03-02T17:00:00Z"); // period 2026-02-23..03-01

    @Autowired
    private JavaMailSender mailSender;

    @Autowired
    private MeterRegistry registry;

    private final GreenMail smtp = TestSmtp.server();
    private UUID brand;
    private String account;

    @BeforeEach
    void aBrandWithOneGoodAndOneBadAd() {
        PerformanceTable.create(testDatabase);
        brand = UUID.randomUUID();
        // The table's key is (account, ad, day): each test's brand gets an account of its own.
        account = "act_" + Long.toUnsignedString(brand.getMostSignificantBits());
        PerformanceRow.AccountRows dollars = PerformanceRow.account(brand, account, "USD");
        PerformanceTable.insert(
                testDatabase,
                List.of(
                        dollars.row("ad_good", "Spring hero", "2026-02-24", "60.00", "180.00", 6, 12000, 240),
                        dollars.row("ad_bad", "Winter leftovers", "2026-02-25", "50.00", "20.00", 1, 5000, 20),
                        dollars.row("ad_good", "Spring hero", "2026-02-17", "100.00", "150.00", 3, 10000, 100)));
    }

    @Test
    void emails_the_html_report_with_the_csv_attached() throws Exception {
        String to = "weekly-" + UUID.randomUUID() + "@brand.example";
        JobResult result = ScorecardRuns.run(
                publisher, ScorecardRuns.request(brand, MONDAY, ScorecardRuns.parameters(7, "10.0", to)));

        assertThat(result.status()).as("result %s", result).isEqualTo(ResultStatus.SUCCEEDED);
        assertThat(result.summary()).containsEntry("emailed_to", to);
        MimeMessage message = onlyMessageTo(to);
        assertThat(message.getSubject()).isEqualTo("Ad scorecard 2026-02-23 to 2026-03-01: $110.00 spent, ROAS 1.82x");
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("scorecards@viraltracker.local");
        MailParts parts = MailParts.of(message);
        // The summary: spend 110 (+10.0% on 100), revenue 200 (+33.3% on 150), ROAS 1.8182 (+0.32 on 1.50x).
        assertThat(parts.html())
                .contains("$110.00", "+10.0% vs $100.00", "$200.00", "+33.3% vs $150.00", "1.82x", "+0.32 vs 1.50x")
                .contains("Spring hero", "Winter leftovers");
        Object id = result.summary().get("scorecard_id");
        String csv = text("/api/v1/scorecards/{id}.csv", id);
        assertThat(parts.attachments()).containsOnlyKeys("scorecard-2026-02-23-to-2026-03-01.csv");
        assertThat(parts.attachments().get("scorecard-2026-02-23-to-2026-03-01.csv"))
                .isEqualTo(csv)
                .contains(
                        "USD,top_performer,1," + account + ",ad_good,Spring hero,Campaign of Spring hero,60.00,180.00,"
                                + "3.0000,6,10.00,12000,240,2.00,2026-02-23,2026-03-01,America/Los_Angeles\r\n")
                .contains("USD,needs_attention,1," + account
                        + ",ad_bad,Winter leftovers,Campaign of Winter leftovers,50.00,"
                        + "20.00,0.4000,1,50.00,5000,20,0.40,2026-02-23,2026-03-01,America/Los_Angeles\r\n");
        assertThat(parts.attachmentTypes().get("scorecard-2026-02-23-to-2026-03-01.csv"))
                .startsWith("text/csv");
        web.get()
                .uri("/api/v1/scorecards/{id}", id)
                .exchange()
                .expectBody()
                .jsonPath("$.emailed_to")
                .isEqualTo(to)
                .jsonPath("$.emailed_at")
                .isNotEmpty();
    }

    /**
     * What this service promises when an e-mail fails: the attempt fails with DELIVERY after its SMTP tries, the
     * scorecard stays stored, and a later attempt of the same run e-mails that stored scorecard instead of building
     * another. Attempt 2 is published here by hand, as the scheduler publishes it; that the scheduler does retry a
     * DELIVERY failure as attempt 2 of the run, after its back-off, is shown across the real processes by
     * infra/e2e-tests' {@code RetriesEndToEndTest}.
     */
    @Test
    void a_refused_delivery_fails_the_attempt_with_delivery_and_attempt_2_of_the_run_emails_the_stored_scorecard()
            throws Exception {
        String to = "refused-" + UUID.randomUUID() + "@brand.example";
        ScorecardRequested request = ScorecardRuns.request(brand, MONDAY, ScorecardRuns.parameters(7, "10.0", to));
        var sender = (JavaMailSenderImpl) mailSender;
        int workingPort = sender.getPort();
        JobResult failed;
        try (RefusingSmtpServer refusing = new RefusingSmtpServer()) {
            // The configured SMTP host goes away for this attempt: the sender now reaches a host that refuses.
            sender.setPort(refusing.port());
            failed = ScorecardRuns.run(publisher, request);
            assertThat(refusing.connections())
                    .as("one connection per configured try")
                    .isEqualTo(3);
        } finally {
            sender.setPort(workingPort);
        }

        assertThat(failed.status()).isEqualTo(ResultStatus.FAILED);
        assertThat(failed.attempt()).isEqualTo(1);
        assertThat(failed.errorCategory()).isEqualTo(ErrorCategory.DELIVERY);
        assertThat(failed.errorMessage()).contains("is stored, but e-mailing it to " + to + " failed");
        assertThat(messagesTo(to)).isEmpty();
        scorecardList(brand)
                .jsonPath("$.total_items")
                .isEqualTo(1)
                .jsonPath("$.items[0].run_id")
                .isEqualTo(request.runId().toString())
                .jsonPath("$.items[0].emailed_to")
                .doesNotExist();
        String storedId = storedIdOf(request);
        String storedCsv = text("/api/v1/scorecards/{id}.csv", storedId);
        // Meta restates the week between the attempts: a scorecard built again would show other numbers.
        restateTheWeek();
        double produced = producedCount();

        JobResult retried = ScorecardRuns.run(
                publisher,
                new ScorecardRequested(
                        request.runId(), request.jobId(), brand, request.scheduledFor(), 2, request.parameters()));

        assertThat(retried.status()).as("result %s", retried).isEqualTo(ResultStatus.SUCCEEDED);
        assertThat(retried.summary()).containsEntry("scorecard_id", storedId).containsEntry("emailed_to", to);
        assertThat(producedCount()).as("no scorecard built for attempt 2").isEqualTo(produced);
        MimeMessage message = onlyMessageTo(to);
        assertThat(message.getSubject()).isEqualTo("Ad scorecard 2026-02-23 to 2026-03-01: $110.00 spent, ROAS 1.82x");
        assertThat(MailParts.of(message).attachments().get("scorecard-2026-02-23-to-2026-03-01.csv"))
                .isEqualTo(storedCsv);
        scorecardList(brand)
                .jsonPath("$.total_items")
                .isEqualTo(1)
                .jsonPath("$.items[0].id")
                .isEqualTo(storedId)
                .jsonPath("$.items[0].emailed_to")
                .isEqualTo(to);
    }

    private String storedIdOf(ScorecardRequested request) throws SQLException {
        try (Connection connection = testDatabase.connect();
                PreparedStatement query =
                        connection.prepareStatement("SELECT id FROM scorecard.scorecards WHERE run_id = ?")) {
            query.setObject(1, request.runId());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next())
                        .as("a stored scorecard of run %s", request.runId())
                        .isTrue();
                return row.getString(1);
            }
        }
    }

    private void restateTheWeek() throws SQLException {
        try (Connection connection = testDatabase.connect();
                PreparedStatement update = connection.prepareStatement("""
                        UPDATE meta_sync.meta_ads_performance
                           SET purchase_value = purchase_value * 2, spend = spend + 1
                         WHERE brand_id = ?""")) {
            update.setObject(1, brand);
            assertThat(update.executeUpdate()).isEqualTo(3);
        }
    }

    private double producedCount() {
        return registry.get("viraltracker.scorecard.produced").counter().count();
    }

    private MimeMessage onlyMessageTo(String to) {
        List<MimeMessage> messages = messagesTo(to);
        assertThat(messages).as("messages delivered to %s", to).hasSize(1);
        return messages.get(0);
    }

    private List<MimeMessage> messagesTo(String to) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(address ->
                                        ((InternetAddress) address).getAddress().equals(to));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
