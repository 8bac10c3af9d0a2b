package com.viraltracker.e2e;

import com.viraltracker.testing.SystemTools;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/** Debian's kcat, run as a separate process: what any operator would use on our topics, with none of our code. */
final class Kcat {
    static final String PROGRAM = "kcat";
    static final String PACKAGE = "kcat";

    private final String bootstrapServers;

    Kcat(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Every record on the topic so far, each as kcat's JSON envelope ({@code -J}). */
    List<Consumed> consumeAll(String topic) {
        String output =
                run(null, kcat(), "-b", bootstrapServers, "-C", "-t", topic, "-o", "beginning", "-e", "-J", "-q");
        List<Consumed> records = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (!line.isBlank()) {
                records.add(Consumed.of(Api.JSON.readTree(line)));
            }
        }
        return records;
    }

    /** Produces one record with the given key and headers; the value must be one line. */
    void produce(String topic, String key, Map<String, String> headers, String value) {
        List<String> command = new ArrayList<>(List.of(kcat(), "-b", bootstrapServers, "-P", "-t", topic, "-k", key));
        headers.forEach((name, headerValue) -> {
            command.add("-H");
            command.add(name + "=" + headerValue);
        });
        run(value + "\n", command.toArray(String[]::new));
    }

    private static String kcat() {
        return SystemTools.require(PROGRAM, PACKAGE).toString();
    }

    private static String run(String input, String... command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (OutputStream stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError("could not run kcat: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** One record as kcat printed it: key, value and headers exactly as they are on the wire. */
    record Consumed(String key, String payload, Map<String, String> headers) {
        static Consumed of(JsonNode envelope) {
            Map<String, String> headers = new LinkedHashMap<>();
            JsonNode list = envelope.path("headers");
            for (int i = 0; i + 1 < list.size(); i += 2) {
                headers.put(list.get(i).asString(), list.get(i + 1).asString());
            }
            return new Consumed(
                    envelope.path("key").asString(null),
                    envelope.path("payload").asString(null),
                    headers);
        }
    }
}
