package com.viraltracker.scheduler;

import com.viraltracker.testing.MutableClock;
import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A scheduler whose clock the test moves: timeouts are tested without waiting for them. */
@TestConfiguration
public class MovableTime {
    @Bean
    @Primary
    public MutableClock movableClock() {
        return new MutableClock(Instant.now());
    }
}
