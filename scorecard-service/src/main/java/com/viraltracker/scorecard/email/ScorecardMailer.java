package com.viraltracker.scorecard.email;

import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.scorecard.ScorecardProperties;
import com.viraltracker.scorecard.report.CsvReport;
import com.viraltracker.scorecard.report.HtmlReport;
import com.viraltracker.scorecard.report.ReportTitle;
import com.viraltracker.scorecard.scoring.Scorecard;
import com.viraltracker.support.worker.JobFailedException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** E-mails a scorecard: the HTML report as the body, the CSV attached. */
@Component
public class ScorecardMailer {
    private static final Logger log = LoggerFactory.getLogger(ScorecardMailer.class);

    private final JavaMailSender sender;
    private final HtmlReport htmlReport;
    private final String from;
    private final DeliveryRetry retry;

    public ScorecardMailer(JavaMailSender sender, HtmlReport htmlReport, ScorecardProperties properties) {
        this.sender = sender;
        this.htmlReport = htmlReport;
        this.from = properties.mail().from();
        this.retry = new DeliveryRetry(
                properties.mail().deliveryAttempts(), properties.mail().retryBackoff());
    }

    /** @throws JobFailedException DELIVERY when the SMTP host still refuses after the retries */
    public void send(Scorecard scorecard, String to) {
        try {
            retry.run(
                    () -> sender.send(message -> {
                        var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
                        helper.setFrom(from);
                        helper.setTo(to);
                        helper.setSubject(ReportTitle.of(scorecard, htmlReport.format()));
                        helper.setText(htmlReport.render(scorecard), true);
                        helper.addAttachment(
                                CsvReport.fileName(scorecard),
                                new ByteArrayResource(
                                        CsvReport.render(scorecard).getBytes(StandardCharsets.UTF_8)),
                                "text/csv; charset=UTF-8");
                    }),
                    ScorecardMailer::isRetryable);
        } catch (MailException e) {
            log.warn("could not e-mail scorecard {} to {}", scorecard.id(), to, e);
            throw new JobFailedException(
                    ErrorCategory.DELIVERY,
                    "the scorecard " + scorecard.id()
                            + " is stored, but e-mailing it to " + to + " failed: " + rootMessage(e)
                            + "; check the SMTP settings or the address",
                    e);
        }
    }

    /** A message we could not build will not build on a second try; a host that refused may accept later. */
    private static boolean isRetryable(RuntimeException e) {
        return e instanceof MailException
                && !(e instanceof MailParseException || e instanceof MailPreparationException);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null
                ? root.getClass().getSimpleName()
                : root.getMessage().strip();
    }
}
