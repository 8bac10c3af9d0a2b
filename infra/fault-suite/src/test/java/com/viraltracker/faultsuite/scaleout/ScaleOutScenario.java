package com.viraltracker.faultsuite.scaleout;

import com.viraltracker.faultsuite.FaultSize;
import com.viraltracker.faultsuite.flow.Brands;
import com.viraltracker.faultsuite.flow.FlowTally;
import com.viraltracker.faultsuite.flow.Workload;
import com.viraltracker.faultsuite.report.Report;
import com.viraltracker.faultsuite.stack.FaultStack;
import com.viraltracker.faultsuite.stack.Pause;
import com.viraltracker.faultsuite.stack.ServiceMetrics;
import com.viraltracker.testing.process.ServiceProcess;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;

/**
 * Scenario 7: past one instance of each service. Three instances of each worker and two schedulers share topics of
 * {@link FaultStack#PARTITIONS} partitions; runs of the three types flow while one instance of each kind is killed with
 * SIGKILL and a new one is started in its place. Returns the findings; the caller asserts them.
 */
public final class ScaleOutScenario {
    /**
     * The added instances leave their group 10 s after they die instead of Kafka's 45 s default, so the rebalance
     * after the kill fits the CI size's window; the report says how long it took, and scenario 1 shows the default.
     */
    static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);
    /** Two consumers per added worker: three instances, one of them the stack's own with three, cover six partitions. */
    private static final int ADDED_WORKER_CONCURRENCY = 2;
    /** Brands per partition: their ids are the events' keys, so every partition of every topic carries work. */
    private static final int BRANDS_PER_PARTITION = 2;
    /** The scheduler's results consumer group (scheduler-service's ResultsConsumerConfiguration). */
    private static final String SCHEDULER_GROUP = "viraltracker-scheduler";

    private final FaultStack stack;
    private final Report.Section report;

    public ScaleOutScenario(FaultStack stack, Report report) {
        this.stack = stack;
        this.report = report.section("7. Scale-out: three instances of each worker, two schedulers, six partitions");
    }

    /** One process of a kind: the stack's own (its consumers keep Kafka's generated client ids) or one added here. */
    record Instance(String kind, String name, ServiceProcess process, boolean stacks) {
        boolean ownsClient(String clientId) {
            return stacks ? clientId.startsWith("consumer-") : clientId.equals(name) || clientId.startsWith(name + "-");
        }
    }

    /** The work one instance did during the flow; {@code survived} false for the one killed (counted up to its kill). */
    public record Share(String kind, String instance, boolean survived, long runs, int partitionsAtEnd) {}

    /**
     * How one kind's consumer group came through the kill and the start: from the SIGKILL until the group was stable
     * again with every partition on a live instance, and from the new instance's launch until it held partitions.
     */
    public record Rebalance(String kind, Duration afterKill, Duration newInstanceHoldsAfter, long rebalances) {}

    /** What the promises are checked against. */
    public record Outcome(FlowTally flow, List<Share> shares, List<Rebalance> rebalances) {}

    public Outcome run(FaultSize size) {
        List<Brands.Brand> brands = brandsOnEveryPartition();
        Map<String, List<Instance>> instances = new LinkedHashMap<>();
        FaultStack.SERVICES.forEach(kind ->
                instances.put(kind, new ArrayList<>(List.of(new Instance(kind, kind, stack.service(kind), true)))));
        List<Instance> added = new ArrayList<>();
        try (Admin admin = stack.broker.admin();
                GroupWatch watch = new GroupWatch(
                        admin,
                        FaultStack.SERVICES.stream()
                                .map(ScaleOutScenario::group)
                                .toList())) {
            Instant launching = Instant.now();
            for (String kind : FaultStack.SERVICES) {
                int more = kind.equals(FaultStack.SCHEDULER) ? 1 : 2;
                for (int n = 2; n < 2 + more; n++) {
                    Instance instance = launch(kind, kind + "-" + n);
                    added.add(instance);
                    instances.get(kind).add(instance);
                }
            }
            added.forEach(i -> i.process().awaitReady(FaultStack.START_TIMEOUT));
            report.figure(
                    "instances started beside the stack's own, ready after",
                    Duration.between(launching, Instant.now()));
            Map<Instance, Double> before = new LinkedHashMap<>();
            instances.values().forEach(list -> list.forEach(i -> before.put(i, work(i))));

            // Half the runs fall due over the first half of the window; the kill comes in its middle. The other
            // half falls due once every new instance holds partitions, so each of them meets work.
            Duration half = size.scaleOutWindow().dividedBy(2);
            int firstHalf = size.scaleOutRuns() / 2;
            Workload flow = Workload.schedule(stack.sql, "scale", firstHalf, half, brands);
            Instant started = Instant.now();
            Pause.millis(half.toMillis() / 2);

            Map<Instance, Double> killedHad = new LinkedHashMap<>();
            List<Instance> victims = FaultStack.SERVICES.stream()
                    .map(kind -> instances.get(kind).get(1))
                    .toList();
            victims.forEach(v -> killedHad.put(v, work(v)));
            Instant killedAt = Instant.now();
            victims.forEach(v -> v.process().kill());
            Map<String, Instance> replacements = new LinkedHashMap<>();
            for (String kind : FaultStack.SERVICES) {
                Instance replacement =
                        launch(kind, kind + "-" + (instances.get(kind).size() + 1));
                added.add(replacement);
                replacements.put(kind, replacement);
                instances.get(kind).add(replacement);
            }
            replacements.values().forEach(r -> r.process().awaitReady(FaultStack.START_TIMEOUT));
            report.figure("new instances ready after the kill", Duration.between(killedAt, Instant.now()));
            awaitHolding(watch, victims, replacements);
            flow = flow.andMore(size.scaleOutRuns() - firstHalf, half, brands);

            flow.awaitAllTerminal(size.scaleOutWindow().plus(Duration.ofMinutes(size.scaleOutRuns() >= 5000 ? 20 : 4)));
            report.figure("runs scheduled", flow.runs())
                    .figure(
                            "due over",
                            Report.seconds(half) + " before the kill, " + Report.seconds(half)
                                    + " once the new instances hold partitions")
                    .figure("brands (event keys)", brands.size() + ", " + BRANDS_PER_PARTITION + " on each partition")
                    .figure("all runs terminal after", Duration.between(started, Instant.now()));

            List<Share> shares = new ArrayList<>();
            List<Rebalance> rebalances = new ArrayList<>();
            for (String kind : FaultStack.SERVICES) {
                Instance victim = instances.get(kind).get(1);
                Instance replacement = replacements.get(kind);
                GroupWatch.Snapshot end = watch.latest(group(kind));
                for (Instance instance : instances.get(kind)) {
                    boolean survived = instance != victim;
                    double did =
                            (survived ? work(instance) : killedHad.get(instance)) - before.getOrDefault(instance, 0.0);
                    int held = end == null ? 0 : end.heldBy(instance::ownsClient);
                    shares.add(new Share(kind, instance.name(), survived, Math.round(did), survived ? held : 0));
                }
                Instant settled = watch.firstStable(
                        group(kind), killedAt, FaultStack.PARTITIONS, s -> !s.anyClient(victim::ownsClient));
                Instant holds = watch.firstStable(
                        group(kind),
                        killedAt,
                        FaultStack.PARTITIONS,
                        s -> !s.anyClient(victim::ownsClient) && s.heldBy(replacement::ownsClient) > 0);
                rebalances.add(new Rebalance(
                        kind,
                        settled == null ? null : Duration.between(killedAt, settled),
                        holds == null ? null : Duration.between(killedAt, holds),
                        watch.rebalancesSince(group(kind), started)));
            }
            shares.forEach(s -> report.figure(
                    s.instance() + (s.survived() ? "" : " (killed)"),
                    s.runs()
                            + (s.kind().equals(FaultStack.SCHEDULER) ? " runs dispatched" : " runs finished")
                            + (s.survived()
                                    ? ", " + s.partitionsAtEnd() + " partitions at the end"
                                    : " before its kill")));
            rebalances.forEach(r -> report.figure(
                            group(r.kind()) + ": stable without the killed instance after",
                            r.afterKill() == null ? "never seen" : Report.seconds(r.afterKill()))
                    .figure(
                            group(r.kind()) + ": the new instance holds partitions after",
                            r.newInstanceHoldsAfter() == null
                                    ? "never seen"
                                    : Report.seconds(r.newInstanceHoldsAfter()))
                    .figure(group(r.kind()) + ": rebalances during the flow", r.rebalances()));
            report.note("Added instances use a " + SESSION_TIMEOUT.toSeconds() + " s consumer session (the stack's own "
                    + "keep Kafka's 45 s): a SIGKILLed consumer never leaves its group, so its partitions move when its "
                    + "session expires. Times are from the SIGKILL; the new instance was launched at the same moment.");
            return new Outcome(flow.tally(), shares, rebalances);
        } finally {
            added.parallelStream().map(Instance::process).forEach(ServiceProcess::close);
        }
    }

    /** Waits (up to three minutes) until each group is stable without its killed instance and with its new one holding partitions. */
    private static void awaitHolding(GroupWatch watch, List<Instance> victims, Map<String, Instance> replacements) {
        Instant since = Instant.now().minusSeconds(1);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        for (Instance victim : victims) {
            Instance replacement = replacements.get(victim.kind());
            while (watch.firstStable(
                                    group(victim.kind()),
                                    since,
                                    FaultStack.PARTITIONS,
                                    s -> !s.anyClient(victim::ownsClient) && s.heldBy(replacement::ownsClient) > 0)
                            == null
                    && Instant.now().isBefore(deadline)) {
                Pause.millis(250);
            }
        }
    }

    private Instance launch(String kind, String name) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("spring.kafka.consumer.client-id", name);
        settings.put("spring.kafka.consumer.properties.session.timeout.ms", SESSION_TIMEOUT.toMillis());
        settings.put("spring.kafka.consumer.properties.heartbeat.interval.ms", SESSION_TIMEOUT.toMillis() / 3);
        settings.put("viraltracker.worker.concurrency", ADDED_WORKER_CONCURRENCY);
        return new Instance(kind, name, stack.launch(kind, stack.postgres.database(), name, settings), false);
    }

    /** What an instance has done so far: runs finished by a worker, runs dispatched by a scheduler. */
    private static double work(Instance instance) {
        return ServiceMetrics.sum(
                instance.process(),
                instance.kind().equals(FaultStack.SCHEDULER)
                        ? "viraltracker_scheduler_dispatched_total"
                        : "viraltracker_worker_jobs_finished_total");
    }

    private static String group(String kind) {
        return kind.equals(FaultStack.SCHEDULER)
                ? SCHEDULER_GROUP
                : "viraltracker-" + FaultStack.jobTypeOf(kind).wireName() + "-worker";
    }

    /** Brands whose ids, the events' keys, fall {@link #BRANDS_PER_PARTITION} on each partition, as Kafka's producer places them. */
    private List<Brands.Brand> brandsOnEveryPartition() {
        Map<Integer, List<UUID>> byPartition = new LinkedHashMap<>();
        while (byPartition.size() < FaultStack.PARTITIONS
                || byPartition.values().stream().anyMatch(ids -> ids.size() < BRANDS_PER_PARTITION)) {
            UUID id = UUID.randomUUID();
            int partition = BuiltInPartitioner.partitionForKey(
                    id.toString().getBytes(StandardCharsets.UTF_8), FaultStack.PARTITIONS);
            List<UUID> ids = byPartition.computeIfAbsent(partition, p -> new ArrayList<>());
            if (ids.size() < BRANDS_PER_PARTITION) {
                ids.add(id);
            }
        }
        return byPartition.values().stream()
                .flatMap(List::stream)
                .map(id -> Brands.create(stack, id))
                .collect(Collectors.toList());
    }
}
