package com.viraltracker.scheduler.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.JobType;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.scheduler.dispatch.DispatchProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RetryPolicyTest {
    private static final Instant FAILED_AT = Instant.parse("2026-03-02T17:00:00Z");
    private static final DispatchProperties.Retries RETRIES =
            new DispatchProperties.Retries(Duration.ofMinutes(1), Duration.ofMinutes(10), Map.of(JobType.SCORECARD, 5));

    @ParameterizedTest
    @EnumSource(
            value = ErrorCategory.class,
            names = {"TRANSIENT", "RATE_LIMITED", "DELIVERY"})
    void a_retryable_failure_before_the_last_attempt_gets_a_next_attempt(ErrorCategory category) {
        assertThat(policy(0).nextAttemptAt(JobType.META_SYNC, 1, category, FAILED_AT, null))
                .contains(FAILED_AT.plus(Duration.ofMinutes(1)));
    }

    @ParameterizedTest
    @EnumSource(
            value = ErrorCategory.class,
            names = {"AUTH", "INVALID_INPUT", "NOT_FOUND", "INTERNAL"})
    void any_other_category_fails_at_once(ErrorCategory category) {
        assertThat(policy(0).nextAttemptAt(JobType.META_SYNC, 1, category, FAILED_AT, null))
                .isEmpty();
    }

    @Test
    void the_last_attempt_of_a_job_type_is_final_with_the_registry_default_unless_configured() {
        RetryPolicy policy = policy(0);
        assertThat(policy.nextAttemptAt(JobType.META_SYNC, 2, ErrorCategory.TRANSIENT, FAILED_AT, null))
                .isPresent();
        assertThat(policy.nextAttemptAt(JobType.META_SYNC, 3, ErrorCategory.TRANSIENT, FAILED_AT, null))
                .as("three attempts by default")
                .isEmpty();
        assertThat(policy.nextAttemptAt(JobType.SCORECARD, 4, ErrorCategory.DELIVERY, FAILED_AT, null))
                .as("five configured")
                .isPresent();
        assertThat(policy.nextAttemptAt(JobType.SCORECARD, 5, ErrorCategory.DELIVERY, FAILED_AT, null))
                .isEmpty();
    }

    @Test
    void the_backoff_doubles_per_attempt_up_to_the_cap_and_jitter_takes_off_at_most_half() {
        assertThat(policy(0).backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy(0).backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy(0).backoff(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(policy(0).backoff(5)).isEqualTo(Duration.ofMinutes(10));
        assertThat(policy(0).backoff(80)).isEqualTo(Duration.ofMinutes(10));
        assertThat(policy(0.5).backoff(2)).isEqualTo(Duration.ofSeconds(90));
        assertThat(policy(0.999_999).backoff(2)).isGreaterThan(Duration.ofMinutes(1));
    }

    @Test
    void a_workers_hint_later_than_the_backoff_wins_and_an_earlier_one_does_not_shorten_it() {
        Instant later = FAILED_AT.plus(Duration.ofMinutes(45));
        Instant earlier = FAILED_AT.plusSeconds(5);
        assertThat(policy(0).nextAttemptAt(JobType.META_SYNC, 1, ErrorCategory.RATE_LIMITED, FAILED_AT, later))
                .contains(later);
        assertThat(policy(0).nextAttemptAt(JobType.META_SYNC, 1, ErrorCategory.RATE_LIMITED, FAILED_AT, earlier))
                .contains(FAILED_AT.plus(Duration.ofMinutes(1)));
    }

    private static RetryPolicy policy(double random) {
        return new RetryPolicy(RETRIES, () -> random);
    }
}
