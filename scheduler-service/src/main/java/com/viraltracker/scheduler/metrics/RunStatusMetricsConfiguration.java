package com.viraltracker.scheduler.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The run-status metrics read from the scheduler's tables (see {@link RunStatusGauges}, {@link FinishedRunMetrics}). */
@Configuration(proxyBeanMethods = false)
public class RunStatusMetricsConfiguration {

    @Bean
    public RunStatusGauges runStatusGauges(RunStatusQueries queries, MeterRegistry registry, Clock clock) {
        return new RunStatusGauges(queries, registry, clock);
    }

    @Bean
    public FinishedRunMetrics finishedRunMetrics(RunStatusQueries queries, MeterRegistry registry, Clock clock) {
        return new FinishedRunMetrics(queries, registry, clock);
    }

    @Bean
    public RunStatusMetricsRefresher runStatusMetricsRefresher(RunStatusGauges gauges, FinishedRunMetrics finished) {
        return new RunStatusMetricsRefresher(gauges, finished);
    }
}
