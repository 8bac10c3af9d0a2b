package com.viraltracker.metasync.connections;

import com.viraltracker.metasync.accounts.BrandAdAccounts;
import com.viraltracker.metasync.graph.GraphProperties;
import com.viraltracker.metasync.graph.SecretRedactor;
import com.viraltracker.metasync.tokens.TokenCipher;
import com.viraltracker.support.security.BrandAccess;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Connect Facebook": the login client against the Graph API's base, the connector and the daily check. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FacebookLoginProperties.class)
public class ConnectionConfiguration {

    @Bean
    public FacebookLoginClient facebookLoginClient(
            GraphProperties graph, FacebookLoginProperties login, SecretRedactor redactor) {
        return new FacebookLoginClient(
                graph.resolvedBaseUrl(),
                graph.apiVersion(),
                login,
                redactor,
                graph.connectTimeout(),
                graph.readTimeout());
    }

    @Bean
    public FacebookConnector facebookConnector(
            FacebookLoginProperties login,
            FacebookLoginClient client,
            LoginStates states,
            FacebookConnections connections,
            TokenCipher cipher,
            BrandAccess brandAccess,
            BrandAdAccounts accounts,
            Clock clock,
            GraphProperties graph) {
        return new FacebookConnector(
                login,
                client,
                states,
                connections,
                cipher,
                brandAccess,
                accounts,
                clock,
                login.resolvedDialogBaseUrl(graph.resolvedBaseUrl()),
                graph.apiVersion());
    }

    @Bean
    public ConnectionCheck connectionCheck(
            FacebookConnections connections, FacebookLoginClient client, Clock clock, MeterRegistry registry) {
        return new ConnectionCheck(connections, client, clock, registry);
    }
}
