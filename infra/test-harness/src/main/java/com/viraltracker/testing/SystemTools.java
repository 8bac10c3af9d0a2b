package com.viraltracker.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The system programs some tests run (kcat, prometheus, promtool, chromium), all from Debian packages that
 * {@code .ci/run} installs. A test calls {@link #require} before it runs one: a missing program fails the test at
 * once with the package and the line that installs it, instead of a "Cannot run program" stack trace from deep
 * inside the test, and never turns into a skip that would let CI pass without the check.
 */
public final class SystemTools {
    /** The one line that installs every system program the tests need. */
    public static final String INSTALL_LINE = "apt-get install -y --no-install-recommends kcat prometheus chromium";

    private static final Map<String, Optional<Path>> FOUND = new ConcurrentHashMap<>();

    private SystemTools() {}

    /**
     * @param program       the executable's name, looked up on {@code PATH}
     * @param debianPackage the Debian package that installs it
     * @return the program's absolute path, to run exactly the one that was found
     * @throws Missing (an {@link AssertionError}, so the test fails) naming the package and {@link #INSTALL_LINE}
     */
    public static Path require(String program, String debianPackage) {
        return FOUND.computeIfAbsent(program, SystemTools::find)
                .orElseThrow(() -> new Missing(program + " is not installed; it comes with the Debian package '"
                        + debianPackage + "'. Install every system package the tests need (as root; .ci/run does):"
                        + " apt-get update && " + INSTALL_LINE));
    }

    private static Optional<Path> find(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate.toAbsolutePath());
            }
        }
        return Optional.empty();
    }

    /** A missing program: the message says everything, so the test report shows no stack trace under it. */
    public static final class Missing extends AssertionError {
        Missing(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
