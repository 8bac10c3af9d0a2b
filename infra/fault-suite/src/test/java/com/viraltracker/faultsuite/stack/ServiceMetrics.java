package com.viraltracker.faultsuite.stack;

import com.viraltracker.testing.process.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads a service process's Prometheus endpoint, as the monitoring would. */
public final class ServiceMetrics {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceMetrics() {}

    /** The metric (a Prometheus name such as {@code viraltracker_scheduler_dispatched_total}) summed over its series. */
    public static double sum(ServiceProcess service, String metric) {
        try {
            String metrics = HTTP.send(
                            HttpRequest.newBuilder(URI.create(service.baseUrl() + "/actuator/prometheus"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            return metrics.lines()
                    .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        } catch (IOException e) {
            throw new AssertionError("no metrics from " + service + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
