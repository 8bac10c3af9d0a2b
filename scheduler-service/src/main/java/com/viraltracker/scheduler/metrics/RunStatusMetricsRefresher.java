package com.viraltracker.scheduler.metrics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Re-reads the run-status numbers on a fixed delay; a failed read keeps the last values and is tried again. */
public class RunStatusMetricsRefresher {
    private static final Logger log = LoggerFactory.getLogger(RunStatusMetricsRefresher.class);

    private final RunStatusGauges gauges;
    private final FinishedRunMetrics finished;

    public RunStatusMetricsRefresher(RunStatusGauges gauges, FinishedRunMetrics finished) {
        this.gauges = gauges;
        this.finished = finished;
    }

    @Scheduled(
            fixedDelayString = "${viraltracker.scheduler.metrics.refresh-interval:5s}",
            initialDelayString = "${viraltracker.scheduler.metrics.refresh-interval:5s}")
    public void refresh() {
        try {
            gauges.refresh();
            finished.collect();
        } catch (RuntimeException e) {
            log.warn(
                    "could not read the run-status metrics from the database; keeping the last values: {}",
                    e.toString());
        }
    }
}
