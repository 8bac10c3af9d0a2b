package com.viraltracker.metasync;

import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service tells time by the Graph simulator's clock, so a test that moves the simulator's days on (a month of
 * daily syncs) moves the service's "today" with them; at rest both follow the real clock.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SimulatedTime {
    @Bean
    @Primary
    Clock simulatedClock() {
        return TestGraphSimulator.get().clock();
    }
}
