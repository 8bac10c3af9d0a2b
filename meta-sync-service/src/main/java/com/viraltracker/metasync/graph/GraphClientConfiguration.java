package com.viraltracker.metasync.graph;

import com.facebook.ads.sdk.APIContext;
import com.facebook.ads.sdk.APIRequest;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The facebook-java-business-sdk pointed at the configured endpoint, with our executor and protections. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphProperties.class)
public class GraphClientConfiguration {
    private static final Logger log = LoggerFactory.getLogger(GraphClientConfiguration.class);

    @Bean
    public SecretRedactor secretRedactor() {
        return new SecretRedactor();
    }

    @Bean
    public GraphContexts graphContexts(GraphProperties properties, SecretRedactor redactor) {
        // The crash reporter would post our stack traces to Meta; the executor is global to the SDK.
        APIContext.disableCrashReport();
        String base = properties.resolvedBaseUrl();
        APIRequest.changeRequestExecutor(new TimeoutRequestExecutor(
                GraphEndpoint.of(base), properties.connectTimeout(), properties.readTimeout()));
        APIRequest.changeAsyncRequestExecutor(new RefusingAsyncRequestExecutor());
        log.info("Graph API endpoint {} ({}); no other origin is called", base, properties.apiVersion());
        return new GraphContexts(base, properties.apiVersion(), properties.resolvedToken(), redactor);
    }

    @Bean
    public GraphCalls graphCalls(
            RetryRegistry retries,
            RateLimiterRegistry rateLimiters,
            CircuitBreakerRegistry circuitBreakers,
            GraphProperties properties,
            MeterRegistry registry,
            SecretRedactor redactor) {
        return new GraphCalls(
                retries,
                rateLimiters,
                circuitBreakers,
                new UsageThrottle(properties.throttleAbove(), properties.throttlePauseAtLimit()),
                new GraphMetrics(registry),
                redactor);
    }

    @Bean
    public AdAccountLookup adAccountLookup(GraphCalls calls) {
        return new AdAccountLookup(calls);
    }

    @Bean
    public InsightsReader insightsReader(GraphCalls calls, GraphProperties properties) {
        InsightsPager pager = new InsightsPager(calls);
        return new InsightsReader(calls, pager, new AsyncInsightsReport(calls, pager, properties), properties);
    }
}
