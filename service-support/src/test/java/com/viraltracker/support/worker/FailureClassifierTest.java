package com.viraltracker.support.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.result.ErrorCategory;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

class FailureClassifierTest {
    private final FailureClassifier classifier = new FailureClassifier();

    @Test
    void no_connection_for_a_transaction_is_a_temporary_fault_worth_another_attempt() {
        var restarting = new CannotCreateTransactionException(
                "Could not open R2DBC Connection for transaction",
                new R2dbcNonTransientResourceException("the database system is starting up"));

        assertThat(classifier.isRetryable(restarting)).isTrue();
        assertThat(classifier.classify(restarting).category()).isEqualTo(ErrorCategory.TRANSIENT);
    }

    @Test
    void a_refused_connection_is_temporary_and_a_bug_is_not() {
        assertThat(classifier
                        .classify(new IllegalStateException("wrapped", new ConnectException("refused")))
                        .category())
                .isEqualTo(ErrorCategory.TRANSIENT);
        assertThat(classifier.classify(new NullPointerException("a bug")).category())
                .isEqualTo(ErrorCategory.INTERNAL);
        assertThat(classifier.isRetryable(new NullPointerException("a bug"))).isFalse();
    }
}
