package com.viraltracker.benchmarks.scorecard;

import com.viraltracker.benchmarks.env.AdminApi;
import com.viraltracker.testing.process.ServiceProcess;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time scorecard-service has spent in each phase of generating scorecards, read from its
 * {@code viraltracker_scorecard_generation_seconds_sum} on /actuator/prometheus: read before and after a run, the
 * difference is where that run's time went.
 */
final class GenerationPhases {
    /** scorecard-service's phases in the order a generation runs them; the metrics list them alphabetically. */
    private static final List<String> IN_ORDER =
            List.of("existing", "periods", "current_period", "previous_period", "scoring", "storing");

    private static final Pattern PHASE_SUM =
            Pattern.compile("^viraltracker_scorecard_generation_seconds_sum\\{.*phase=\"([a-z_]+)\".*} (\\S+)$");

    private GenerationPhases() {}

    /** Seconds spent so far in each phase, in the order a generation runs them (a phase not known here last). */
    static Map<String, Double> spentSoFar(ServiceProcess scorecardService) throws IOException, InterruptedException {
        String metrics = AdminApi.successful(
                AdminApi.get(scorecardService, "/actuator/prometheus"), "scorecard-service's metrics");
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String line : metrics.split("\n")) {
            Matcher phase = PHASE_SUM.matcher(line);
            if (phase.matches()) {
                seconds.put(phase.group(1), Double.parseDouble(phase.group(2)));
            }
        }
        if (seconds.isEmpty()) {
            throw new IllegalStateException("scorecard-service's metrics have no viraltracker_scorecard_generation");
        }
        Map<String, Double> ordered = new LinkedHashMap<>();
        seconds.keySet().stream()
                .sorted(Comparator.comparing(
                        phase -> IN_ORDER.contains(phase) ? IN_ORDER.indexOf(phase) : IN_ORDER.size()))
                .forEach(phase -> ordered.put(phase, seconds.get(phase)));
        return ordered;
    }

    /** Milliseconds spent in each phase between two readings. */
    static Map<String, Double> millisBetween(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> millis = new LinkedHashMap<>();
        after.forEach((phase, seconds) -> millis.put(phase, (seconds - before.getOrDefault(phase, 0.0)) * 1e3));
        return millis;
    }
}
