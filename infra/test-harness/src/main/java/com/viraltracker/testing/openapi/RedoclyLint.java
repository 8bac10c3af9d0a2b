package com.viraltracker.testing.openapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Redocly CLI's {@code lint} with its {@code recommended} rules, at one pinned version from the npm registry,
 * installed on first use into the module's {@code target/redocly} with the machine's npm. Without Node.js or npm it
 * fails at once, naming what to install: the OpenAPI documents are checked on every build, never skipped.
 */
public final class RedoclyLint {
    public static final String PACKAGE = "@redocly/cli@2.77.0";
    static final String INSTALL_HINT = "Redocly CLI (" + PACKAGE + ", npm) lints the OpenAPI documents and needs"
            + " Node.js 20.19 or newer with npm on the PATH: install the Debian packages with"
            + " `apt-get install -y nodejs npm` (Debian 12's own nodejs is 18, too old: take nodejs 20 or 22 from"
            + " NodeSource); the test then runs `npm install --prefix target/redocly " + PACKAGE + "` itself.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path cli;

    private RedoclyLint(Path cli) {
        this.cli = cli;
    }

    /** A problem Redocly found: its rule, severity ({@code error} or {@code warn}), message and where. */
    public record Problem(String rule, String severity, String message, String where) {
        @Override
        public String toString() {
            return severity + " " + rule + " at " + where + ": " + message;
        }
    }

    /** The pinned CLI under {@code directory}, installed there with npm unless it already is. */
    public static RedoclyLint installedIn(Path directory) {
        Path cli = directory.resolve("node_modules/@redocly/cli/bin/cli.js");
        requireNode();
        if (!Files.exists(cli)) {
            Result install = run(
                    List.of(
                            "npm",
                            "install",
                            "--prefix",
                            directory.toString(),
                            "--no-audit",
                            "--no-fund",
                            "--loglevel=error",
                            PACKAGE),
                    300);
            if (install.exitCode() != 0 || !Files.exists(cli)) {
                throw new AssertionError("could not install " + PACKAGE + " (exit " + install.exitCode() + "): "
                        + install.output() + "\n" + INSTALL_HINT);
            }
        }
        return new RedoclyLint(cli);
    }

    /** Every problem {@code redocly lint} finds in the document with the recommended rules, errors and warnings. */
    public List<Problem> lint(Path document) {
        Result result = run(
                List.of(
                        "node",
                        cli.toString(),
                        "lint",
                        "--extends=recommended",
                        "--format=json",
                        "--max-problems=1000",
                        document.toString()),
                120);
        String output = result.output();
        int start = output.indexOf('{');
        if (start < 0) {
            throw new AssertionError("redocly lint printed no report (exit " + result.exitCode() + "): " + output);
        }
        JsonNode report = JSON.readTree(output.substring(start, output.lastIndexOf('}') + 1));
        List<Problem> problems = new ArrayList<>();
        for (JsonNode problem : report.path("problems")) {
            JsonNode location = problem.path("location").path(0);
            problems.add(new Problem(
                    problem.path("ruleId").asString(),
                    problem.path("severity").asString(),
                    problem.path("message").asString(),
                    location.path("pointer").asString()));
        }
        return problems;
    }

    private static void requireNode() {
        Result node = run(List.of("node", "--version"), 30);
        Result npm = run(List.of("npm", "--version"), 30);
        if (node.exitCode() != 0 || npm.exitCode() != 0) {
            throw new AssertionError("Node.js or npm is missing ("
                    + node.output().trim() + " / " + npm.output().trim() + "). " + INSTALL_HINT);
        }
        String[] version = node.output().trim().replace("v", "").split("\\.");
        int major = Integer.parseInt(version[0]);
        int minor = Integer.parseInt(version[1]);
        if (major < 20 || (major == 20 && minor < 19)) {
            throw new AssertionError("Node.js " + node.output().trim() + " is too old. " + INSTALL_HINT);
        }
    }

    private record Result(int exitCode, String output) {}

    private static Result run(List<String> command, int timeoutSeconds) {
        Path output = null;
        try {
            // Output to a file, so a process that hangs is stopped at the timeout rather than blocking a reader.
            output = Files.createTempFile("redocly", ".out");
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            // No telemetry or update check: the build reaches only the package registries.
            builder.environment()
                    .putAll(Map.of(
                            "REDOCLY_TELEMETRY", "off",
                            "REDOCLY_SUPPRESS_UPDATE_NOTICE", "true",
                            "NO_UPDATE_NOTIFIER", "1"));
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, "cannot run " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        } finally {
            if (output != null) {
                output.toFile().delete();
            }
        }
    }
}
