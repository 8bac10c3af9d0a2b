package com.viraltracker.benchmarks.report;

import com.viraltracker.benchmarks.env.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.utils.AppInfoParser;

/** What the figures were measured on, including how busy the machine was (uptime's load averages). */
public final class Machine {
    private Machine() {}

    public static Map<String, String> describe(Database database) {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("measured at", Instant.now().toString());
        machine.put("cpu", firstLine("/proc/cpuinfo", "model name").replaceFirst("^model name\\s*:\\s*", ""));
        machine.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        machine.put("memory", firstLine("/proc/meminfo", "MemTotal").replaceFirst("^MemTotal:\\s*", ""));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("kafka", "in-process KRaft broker " + AppInfoParser.getVersion() + ", 1 node, 3 partitions");
        try {
            machine.put("postgresql", database.text("SELECT version()"));
        } catch (Exception e) {
            machine.put("postgresql", "unknown: " + e.getMessage());
        }
        machine.put("load before (uptime)", uptime());
        return machine;
    }

    public static String uptime() {
        try {
            Process process =
                    new ProcessBuilder("uptime").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor(5, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "unavailable: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unavailable";
        }
    }

    private static String firstLine(String file, String prefix) {
        try {
            return Files.readAllLines(Path.of(file)).stream()
                    .filter(l -> l.startsWith(prefix))
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
