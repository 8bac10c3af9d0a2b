package com.viraltracker.helm;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The pinned helm binary that {@code infra/helm/install-tools} installs. Missing, it fails the test at once with
 * the command that installs it: a chart check that quietly skips would let a broken chart through.
 */
final class Helm {
    private static final Path INSTALL_TOOLS = Path.of("install-tools").toAbsolutePath();

    private final Path binary;

    private Helm(Path binary) {
        this.binary = binary;
    }

    static Helm installed() {
        Result check = run(List.of("bash", INSTALL_TOOLS.toString(), "--check"));
        if (check.exitCode() != 0) {
            fail("helm is not installed: run infra/helm/install-tools (.ci/run does). "
                    + check.stderr().strip());
        }
        return new Helm(Path.of(check.stdout().strip()));
    }

    /** {@code helm lint --strict} of the chart with these values files and {@code --set} pairs. */
    Result lint(Path chart, List<Path> valuesFiles, List<String> sets) {
        return run(command("lint", chart, valuesFiles, sets, List.of("--strict")));
    }

    /** {@code helm template}: every manifest of a release named {@code viraltracker} in namespace {@code viraltracker}. */
    Result template(Path chart, List<Path> valuesFiles, List<String> sets) {
        return run(
                command("template", chart, valuesFiles, sets, List.of("viraltracker", "--namespace", "viraltracker")));
    }

    private List<String> command(
            String verb, Path chart, List<Path> valuesFiles, List<String> sets, List<String> extra) {
        List<String> command = new ArrayList<>(List.of(binary.toString(), verb));
        command.addAll(extra);
        command.add(chart.toString());
        valuesFiles.forEach(file -> command.addAll(List.of("-f", file.toString())));
        sets.forEach(set -> command.addAll(List.of("--set", set)));
        return command;
    }

    private static Result run(List<String> command) {
        try {
            Path out = Files.createTempFile("helm", ".out");
            Path err = Files.createTempFile("helm", ".err");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    fail("timed out: " + String.join(" ", command));
                }
                return new Result(
                        process.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a helm command printed; helm logs the chart's symbolic links at INFO on stderr, which are left out. */
    record Result(int exitCode, String stdout, String stderr) {
        String errors() {
            return stderr.lines()
                    .filter(line -> !line.contains("found symbolic link in path"))
                    .reduce("", (a, b) -> a + b + "\n");
        }

        String describe() {
            return "exit " + exitCode + "\n" + stdout + errors();
        }
    }
}
