package com.viraltracker.benchmarks.env;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Runs a service the way {@code ./stack} does: from its Boot jar extracted ({@code java -Djarmode=tools extract})
 * with a class data sharing archive that a training run ({@code -XX:ArchiveClassesAtExit},
 * {@code -Dspring.context.exit=onRefresh}) wrote before the first start of this build. Mapping the classes from the
 * archive instead of loading them from nested jars saves much of a start's CPU time. Preparing (extracting,
 * training) is a build step and is not part of the start time; a missing or unusable archive only costs the speed.
 */
final class ClassDataSharing {
    private static final String ARCHIVE = "app.jsa";
    private static final String STAMP = "source.entries";
    /**
     * {@code -Dbench.classDataSharing=false} starts the services without any archive (-Xshare:off), for profiling:
     * this JDK crashes when Flight Recorder's class file hook meets a class loaded from an archive.
     */
    private static final boolean ENABLED = !"false".equals(System.getProperty("bench.classDataSharing"));

    private final Path root;

    /** @param root where each service's extracted jar and archive live, one folder per service */
    ClassDataSharing(Path root) {
        this.root = root;
    }

    /**
     * Extracts {@code jar} unless this content is extracted already, trains the archive when it is missing, and
     * returns how to start it: the options that use the archive, and the extracted jar.
     */
    synchronized Start prepare(
            Service service, Path jar, List<String> javaOptions, Map<String, String> env, Path trainingLog)
            throws IOException, InterruptedException {
        Path dir = root.resolve(service.jarName());
        Path extracted = dir.resolve(service.jarName() + ".jar");
        String stamp = entriesStamp(jar);
        if (!Files.isRegularFile(dir.resolve(STAMP))
                || !Files.readString(dir.resolve(STAMP)).equals(stamp)) {
            extract(jar, dir);
            Files.writeString(dir.resolve(STAMP), stamp);
        }
        List<String> options = new ArrayList<>();
        Path archive = dir.resolve(ARCHIVE);
        if (!ENABLED) {
            options.add("-Xshare:off");
        } else if (!Files.isRegularFile(archive)) {
            List<String> training = new ArrayList<>(javaOptions);
            training.add("-XX:ArchiveClassesAtExit=" + archive);
            training.add("-Dspring.context.exit=onRefresh");
            if (run(javaCommand(training, extracted), env, trainingLog) != 0) {
                // Its archive may still have been written; if not, the service starts without one.
                System.out.println(
                        "[bench] warning: the training run of " + service.jarName() + " failed; see " + trainingLog);
            }
        }
        if (ENABLED && Files.isRegularFile(archive)) {
            options.add("-XX:SharedArchiveFile=" + archive);
            options.add("-Xshare:auto");
        }
        return new Start(options, extracted);
    }

    /** The JVM options that use the archive, and the jar they were trained with. */
    record Start(List<String> options, Path jar) {}

    /**
     * The jar's entry names and CRCs: a rebuild that changed nothing keeps its extraction and archive (a Boot jar's
     * own timestamps change with every build).
     */
    private static String entriesStamp(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            zip.stream()
                    .forEach(entry -> digest.update(
                            (entry.getName() + ' ' + entry.getCrc() + '\n').getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void extract(Path jar, Path dir) throws IOException, InterruptedException {
        deleteRecursively(dir);
        Files.createDirectories(dir.getParent());
        Path log = dir.resolveSibling(dir.getFileName() + "-extract.log");
        if (run(
                        List.of(
                                java(),
                                "-Djarmode=tools",
                                "-jar",
                                jar.toString(),
                                "extract",
                                "--destination",
                                dir.toString()),
                        Map.of(),
                        log)
                != 0) {
            throw new IllegalStateException("extracting " + jar + " failed; see " + log);
        }
    }

    private static int run(List<String> command, Map<String, String> env, Path log)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("AUTH_"));
        builder.environment().putAll(env);
        return builder.start().waitFor();
    }

    private static List<String> javaCommand(List<String> options, Path jar) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(options);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
