package com.viraltracker.scorecard.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeliveryRetryTest {
    private final DeliveryRetry threeTries = new DeliveryRetry(3, Duration.ofMillis(1));

    @Test
    void a_delivery_that_succeeds_on_the_second_try_is_not_an_error() {
        AtomicInteger tries = new AtomicInteger();
        threeTries.run(
                () -> {
                    if (tries.incrementAndGet() < 2) {
                        throw new IllegalStateException("421 try again later");
                    }
                },
                e -> true);
        assertThat(tries).hasValue(2);
    }

    @Test
    void gives_up_after_the_configured_attempts_with_the_last_error() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> threeTries.run(
                        () -> {
                            throw new IllegalStateException("refused " + tries.incrementAndGet());
                        },
                        e -> true))
                .hasMessage("refused 3");
        assertThat(tries).hasValue(3);
    }

    @Test
    void does_not_retry_what_retrying_cannot_fix() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> threeTries.run(
                        () -> {
                            tries.incrementAndGet();
                            throw new IllegalArgumentException("bad address");
                        },
                        e -> !(e instanceof IllegalArgumentException)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(tries).hasValue(1);
    }
}
