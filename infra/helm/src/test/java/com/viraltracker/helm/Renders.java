package com.viraltracker.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Renders a chart variant once per test JVM (helm takes a fraction of a second, but many tests read each). */
final class Renders {
    private static final Map<String, List<Manifest>> RENDERED = new ConcurrentHashMap<>();

    private Renders() {}

    static List<Manifest> of(Chart chart) {
        return RENDERED.computeIfAbsent(chart.toString(), key -> {
            Helm.Result result = Helm.installed().template(Chart.DIRECTORY, chart.valuesFiles(), chart.sets());
            assertThat(result.exitCode()).as(result.describe()).isZero();
            return Manifest.parseAll(result.stdout());
        });
    }
}
