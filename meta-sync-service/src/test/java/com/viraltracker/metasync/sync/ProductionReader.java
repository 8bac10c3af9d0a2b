package com.viraltracker.metasync.sync;

import com.viraltracker.metasync.graph.AsyncInsightsReport;
import com.viraltracker.metasync.graph.GraphCalls;
import com.viraltracker.metasync.graph.GraphProperties;
import com.viraltracker.metasync.graph.InsightsPager;
import com.viraltracker.metasync.graph.InsightsReader;
import java.time.Duration;

/** For measurements: an insights reader with production's page size (500 rows) and async threshold (31 days). */
final class ProductionReader {
    private ProductionReader() {}

    /** @param properties the test's settings, whose quick polling is kept */
    static InsightsReader of(GraphProperties properties, GraphCalls calls) {
        GraphProperties production = new GraphProperties(
                properties.graphBaseUrl(),
                properties.accessToken(),
                properties.accessTokenFile(),
                properties.apiVersion(),
                properties.connectTimeout(),
                Duration.ofSeconds(30),
                500,
                31,
                properties.asyncPollInterval(),
                properties.asyncTimeout(),
                properties.asyncRestarts(),
                properties.throttleAbove(),
                properties.throttlePauseAtLimit());
        InsightsPager pager = new InsightsPager(calls);
        return new InsightsReader(calls, pager, new AsyncInsightsReport(calls, pager, production), production);
    }
}
