package com.viraltracker.metasync.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemUserTokenSourceTest {
    @TempDir
    Path dir;

    private static GraphProperties properties(String token, String file) {
        return new GraphProperties(
                null,
                token,
                file,
                "v24.0",
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                5,
                31,
                Duration.ofSeconds(1),
                Duration.ofMinutes(1),
                1,
                85,
                Duration.ofSeconds(1));
    }

    @Test
    void the_token_file_wins_over_the_variable_and_its_trailing_newline_is_dropped() throws Exception {
        Path file = Files.writeString(dir.resolve("meta-token"), "EAAfromFile123\n");

        GraphProperties both = properties("EAAfromVariable", file.toString());

        assertThat(both.resolvedToken()).isEqualTo("EAAfromFile123");
        assertThat(both.resolvedBaseUrl()).isEqualTo(GraphProperties.META_BASE_URL);
        assertThat(both.toString()).doesNotContain("EAAfromFile123").doesNotContain("EAAfromVariable");
    }

    @Test
    void the_variable_alone_is_used_and_nothing_means_the_simulator() {
        assertThat(properties("EAAfromVariable", "").resolvedToken()).isEqualTo("EAAfromVariable");
        assertThat(properties(null, null).resolvedToken()).isEqualTo(GraphProperties.SIMULATOR_TOKEN);
        assertThat(properties(null, null).resolvedBaseUrl()).isEqualTo(GraphProperties.SIMULATOR_BASE_URL);
    }

    @Test
    void an_unreadable_or_empty_token_file_is_a_clear_error_naming_the_path() throws Exception {
        Path missing = dir.resolve("no-such-token");
        assertThatThrownBy(() -> properties(null, missing.toString()).resolvedToken())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("META_ACCESS_TOKEN_FILE")
                .hasMessageContaining(missing.toString());

        Path empty = Files.writeString(dir.resolve("empty-token"), "\n");
        assertThatThrownBy(() -> properties("EAAfromVariable", empty.toString()).resolvedToken())
                .hasMessageContaining(empty.toString())
                .hasMessageContaining("empty");
    }
}
