package com.viraltracker.localstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;

/**
 * The local SMTP server: GreenMail accepting any sender and recipient on {@code --smtp-port} (IMAP on
 * {@code --imap-port}, any user name and password), and its inbox readable over HTTP on {@code --http-port}, all on
 * {@code --bind} (loopback by default).
 * Nothing leaves the machine; what the scorecard service e-mails can be read at {@code http://localhost:8025/}.
 */
public final class MailServerMain {
    private MailServerMain() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Arguments arguments = Arguments.parse(args);
        int smtpPort = arguments.intValue("smtp-port", 3025);
        int imapPort = arguments.intValue("imap-port", 3143);
        int httpPort = arguments.intValue("http-port", 8025);
        // Loopback unless told otherwise (--bind=0.0.0.0 in a container): nobody else should read the inbox.
        String bind = arguments.value("bind", "127.0.0.1");
        GreenMail mail = new GreenMail(new ServerSetup[] {
                    new ServerSetup(smtpPort, bind, ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(imapPort, bind, ServerSetup.PROTOCOL_IMAP)
                })
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        InboxHttpServer inbox = InboxHttpServer.start(mail, new InetSocketAddress(bind, httpPort));
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            inbox.stop();
                            mail.stop();
                        },
                        "mail-shutdown"));
        System.out.printf(
                "SMTP on %s:%d, IMAP on %s:%d, inbox at http://localhost:%d/%n",
                bind, smtpPort, bind, imapPort, httpPort);
        new CountDownLatch(1).await();
    }
}
