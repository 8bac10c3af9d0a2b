package com.viraltracker.benchmarks.dispatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where a contender's CPU goes, from /proc (Linux): the scheduler-service processes, the benchmark's own JVM (the
 * in-process broker, the probe, and db-scheduler or the ceiling's client code when they run), and PostgreSQL (every
 * process of the server, plus the backends that ended meanwhile, as their postmaster accounts them; other
 * databases' work counts too, so read it on an otherwise idle server). A profile at the level of processes, to say
 * which of the three parties sharing the cores a contender keeps busy.
 */
final class CpuMeter {
    /** Linux reports process times in clock ticks of 1/100 s on every common configuration. */
    private static final double MICROS_PER_TICK = 10_000;

    private final List<Long> schedulerPids;

    /** @param schedulerPids the running scheduler-service processes (none for a contender without them) */
    CpuMeter(List<Long> schedulerPids) {
        this.schedulerPids = List.copyOf(schedulerPids);
    }

    Sample sample() {
        long scheduler =
                schedulerPids.stream().mapToLong(pid -> ticks(pid, false)).sum();
        long bench = ticks(ProcessHandle.current().pid(), false);
        long postgres = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.toList()) {
                String name = process.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long pid = Long.parseLong(name);
                if ("postgres".equals(command(pid))) {
                    // The postmaster's children's times are its backends that ended (and were reaped).
                    postgres += ticks(pid, true);
                }
            }
        } catch (IOException e) {
            return new Sample(scheduler, bench, -1);
        }
        return new Sample(scheduler, bench, postgres);
    }

    private static String command(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** utime + stime (and cutime + cstime, the reaped children's) of a process, in clock ticks; 0 if it is gone. */
    private static long ticks(long pid, boolean withReapedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After the command: state is field 3, utime 14, stime 15, cutime 16, cstime 17 (1-based).
            long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return withReapedChildren ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU time of each party, in clock ticks; postgres -1 when /proc could not be listed. */
    record Sample(long scheduler, long bench, long postgres) {

        /** Per job between this sample and a later one, in microseconds: "scheduler 45 µs, PostgreSQL …". */
        String perJob(Sample later, long jobs) {
            return String.format(
                    Locale.ROOT,
                    "scheduler-service %.0f µs, PostgreSQL %.0f µs, benchmark JVM (broker, probe, in-process "
                            + "contender) %.0f µs",
                    (later.scheduler - scheduler) * MICROS_PER_TICK / jobs,
                    (later.postgres - postgres) * MICROS_PER_TICK / jobs,
                    (later.bench - bench) * MICROS_PER_TICK / jobs);
        }
    }
}
