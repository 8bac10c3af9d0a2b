package com.viraltracker.observability;

import com.viraltracker.testing.SystemTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus's own checker ({@code promtool}, from Debian's prometheus package) on our files. A missing promtool fails
 * the test with the line that installs it ({@link SystemTools}).
 */
final class Promtool {
    private Promtool() {}

    /** What promtool said, and whether it was satisfied. */
    record Result(int exitCode, String output) {
        boolean passed() {
            return exitCode == 0;
        }
    }

    static Result checkConfig(Path prometheusYml) throws IOException, InterruptedException {
        return run("check", "config", prometheusYml.toString());
    }

    static Result checkRules(List<Path> ruleFiles) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("check", "rules"));
        ruleFiles.forEach(file -> arguments.add(file.toString()));
        return run(arguments.toArray(String[]::new));
    }

    /** Runs the rule unit tests of a {@code promtool test rules} file against the rule files it names. */
    static Result testRules(Path testFile) throws IOException, InterruptedException {
        return run("test", "rules", testFile.toString());
    }

    private static Result run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(SystemTools.require("promtool", "prometheus").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "promtool did not finish within 60 s");
        }
        return new Result(
                process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
