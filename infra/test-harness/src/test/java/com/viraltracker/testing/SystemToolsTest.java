package com.viraltracker.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SystemToolsTest {
    @Test
    void a_missing_program_fails_at_once_naming_its_package_and_the_install_line_without_a_stack_trace() {
        var missing = catchThrowableOfType(
                SystemTools.Missing.class, () -> SystemTools.require("viraltracker-no-such-tool", "no-such-package"));

        assertThat(missing).isInstanceOf(AssertionError.class);
        assertThat(missing.getMessage())
                .contains("viraltracker-no-such-tool is not installed")
                .contains("Debian package 'no-such-package'")
                .endsWith("apt-get install -y --no-install-recommends kcat prometheus chromium");
        assertThat(missing.getStackTrace()).isEmpty();
    }

    @Test
    void a_program_on_the_path_is_found_as_an_absolute_executable() {
        Path sh = SystemTools.require("sh", "dash");

        assertThat(sh).isAbsolute();
        assertThat(Files.isExecutable(sh)).isTrue();
        assertThat(sh.getFileName()).hasToString("sh");
    }
}
