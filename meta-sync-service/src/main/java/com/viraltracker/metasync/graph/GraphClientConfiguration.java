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
    public APIContext graphApiContext(GraphProperties properties) {
        // The crash reporter would post our stack traces to Meta; the executor is global to the SDK.
        APIContext.disableCrashReport();
        APIRequest.changeRequestExecutor(new TimeoutRequestExecutor(properties.connectTimeout(),
                properties.readTimeout()));
        String base = properties.resolvedBaseUrl();
        log.info("Graph API endpoint {} ({})", base, properties.apiVersion());
        return new APIContext(base, base, properties.apiVersion(), properties.resolvedToken(), null, null, false);
    }

    @Bean
    public GraphCalls graphCalls(RetryRegistry retries, RateLimiterRegistry rateLimiters,
                                 CircuitBreakerRegistry circuitBreakers, GraphProperties properties,
                                 MeterRegistry registry) {
        return new GraphCalls(retries, rateLimiters, circuitBreakers,
                new UsageThrottle(properties.throttleAbove(), properties.throttlePauseAtLimit()),
                new GraphMetrics(registry));
    }

    @Bean
    public AdAccountLookup adAccountLookup(APIContext context, GraphCalls calls) {
        return new AdAccountLookup(context, calls);
    }

    @Bean
    public InsightsReader insightsReader(APIContext context, GraphCalls calls, GraphProperties properties) {
        InsightsPager pager = new InsightsPager(calls);
        return new InsightsReader(context, calls, pager, new AsyncInsightsReport(context, calls, pager, properties),
                properties);
    }
}
