package com.viraltracker.adcreation.generation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** Ads created and how long each creative took to render (a histogram, for p50/p99 on the dashboard). */
@Component
public class AdCreationMetrics {
    private final Counter adsCreated;
    private final Timer render;

    public AdCreationMetrics(MeterRegistry registry) {
        // Not "ads.created": Prometheus reserves the _created suffix and the scrape would drop it from the name.
        this.adsCreated = Counter.builder("viraltracker.adcreation.ads")
                .description("Ads rendered and stored (a redelivered run rewrites its ads and counts them again)")
                .register(registry);
        this.render = Timer.builder("viraltracker.adcreation.render")
                .description("Time to render one creative (layout, text fitting, PNG encoding)")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
    }

    public <T> T timeRender(Supplier<T> rendering) {
        return render.record(rendering);
    }

    public void adCreated() {
        adsCreated.increment();
    }
}
