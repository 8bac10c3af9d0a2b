package com.viraltracker.scorecard;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** One real SMTP server (GreenMail) per test JVM on a free port; every test context sends its mail there. */
public final class TestSmtp {
    private static GreenMail server;

    private TestSmtp() {}

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-shutdown"));
        }
        return server;
    }

    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            GreenMail smtp = server();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "scorecard-test-smtp",
                            Map.of(
                                    "spring.mail.host", smtp.getSmtp().getBindTo(),
                                    "spring.mail.port",
                                            String.valueOf(smtp.getSmtp().getPort()),
                                    // Retries pause for real; keep them short so the delivery-failure test stays quick.
                                    "viraltracker.scorecard.mail.retry-backoff", "50ms")));
        }
    }
}
