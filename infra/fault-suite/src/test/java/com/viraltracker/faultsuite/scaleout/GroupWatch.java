package com.viraltracker.faultsuite.scaleout;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.GroupState;

/**
 * Watches consumer groups through the broker's admin API, as {@code kafka-consumer-groups.sh --describe} would, every
 * quarter second: each group's state and how many partitions each member (by client id) holds. Rebalance times are
 * read from this timeline afterwards.
 */
final class GroupWatch implements AutoCloseable {
    private static final Duration EVERY = Duration.ofMillis(250);

    /** One look at a group: its state and the partitions each member's client id holds. */
    record Snapshot(Instant at, GroupState state, Map<String, Integer> partitionsByClient) {
        int assigned() {
            return partitionsByClient.values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
        }

        boolean anyClient(Predicate<String> client) {
            return partitionsByClient.keySet().stream().anyMatch(client);
        }

        int heldBy(Predicate<String> client) {
            return partitionsByClient.entrySet().stream()
                    .filter(e -> client.test(e.getKey()))
                    .mapToInt(Map.Entry::getValue)
                    .sum();
        }
    }

    private final Admin admin;
    private final Collection<String> groups;
    private final Map<String, List<Snapshot>> timelines = new TreeMap<>();
    private final ScheduledExecutorService looker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "group-watch");
        thread.setDaemon(true);
        return thread;
    });

    GroupWatch(Admin admin, Collection<String> groups) {
        this.admin = admin;
        this.groups = List.copyOf(groups);
        groups.forEach(group -> timelines.put(group, new ArrayList<>()));
        looker.scheduleWithFixedDelay(this::look, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void look() {
        try {
            Map<String, ConsumerGroupDescription> described =
                    admin.describeConsumerGroups(groups).all().get(5, TimeUnit.SECONDS);
            Instant at = Instant.now();
            described.forEach((group, description) -> {
                Map<String, Integer> held = new TreeMap<>();
                for (MemberDescription member : description.members()) {
                    held.merge(
                            member.clientId(),
                            member.assignment().topicPartitions().size(),
                            Integer::sum);
                }
                synchronized (timelines) {
                    timelines.get(group).add(new Snapshot(at, description.groupState(), held));
                }
            });
        } catch (Exception e) {
            // The broker is busy or a group is between coordinators: the next look tells.
        }
    }

    /**
     * The first moment at or after {@code since} when the group was stable with all {@code partitions} assigned and
     * {@code settled} true of its members; null if never seen.
     */
    Instant firstStable(String group, Instant since, int partitions, Predicate<Snapshot> settled) {
        synchronized (timelines) {
            return timelines.get(group).stream()
                    .filter(s -> !s.at().isBefore(since))
                    .filter(s -> s.state() == GroupState.STABLE && s.assigned() == partitions && settled.test(s))
                    .map(Snapshot::at)
                    .findFirst()
                    .orElse(null);
        }
    }

    /** The group's latest snapshot. */
    Snapshot latest(String group) {
        synchronized (timelines) {
            List<Snapshot> timeline = timelines.get(group);
            return timeline.isEmpty() ? null : timeline.get(timeline.size() - 1);
        }
    }

    /** How many times the group was seen leaving the stable state after {@code since}: the rebalances it went through. */
    long rebalancesSince(String group, Instant since) {
        synchronized (timelines) {
            long count = 0;
            GroupState previous = null;
            for (Snapshot s : timelines.get(group)) {
                if (!s.at().isBefore(since) && previous == GroupState.STABLE && s.state() != GroupState.STABLE) {
                    count++;
                }
                previous = s.state();
            }
            return count;
        }
    }

    @Override
    public void close() {
        looker.shutdownNow();
    }
}
