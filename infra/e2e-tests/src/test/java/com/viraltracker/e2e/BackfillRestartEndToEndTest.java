package com.viraltracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.graphsim.Fault;
import com.viraltracker.graphsim.GraphSimulator.RecordedCall;
import com.viraltracker.graphsim.InsightRow;
import com.viraltracker.testing.process.ServiceProcess;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A 37-month backfill survives its worker's crash: meta-sync is killed with SIGKILL while the run is part way
 * through its chunks, started again, and the same run (Kafka delivers its uncommitted request to the new process)
 * finishes from where the finished chunks left it, with exactly what Meta has stored.
 */
@ExtendWith(E2eStack.class)
class BackfillRestartEndToEndTest {
    /** 37 months, as the console offers it. */
    private static final int DAYS_BACK = 1123;
    /** 1,123 days in chunks of 31 (meta-sync's default {@code chunk-days}). */
    private static final int CHUNKS_PER_ACCOUNT = 37;
    /**
     * How long each Graph answer takes until the kill: a few seconds for an account's 37 chunks, a window to catch
     * the run in the middle. Without it three accounts are read in about as long as one progress poll takes.
     */
    private static final Duration SLOW_ANSWER = Duration.ofMillis(150);
    /**
     * A SIGKILLed consumer leaves the group only when its session expires ({@link E2eStack#CONSUMER_SESSION_TIMEOUT}),
     * and only then is the request it held given to the restarted process; a restart on a busy machine can take
     * most of a minute.
     */
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(150);

    private final E2eStack.Running stack;
    private final Schedules schedules;

    BackfillRestartEndToEndTest(E2eStack.Running stack) {
        this.stack = stack;
        this.schedules = new Schedules(stack);
    }

    /** A range of days, both ends included. */
    private record Days(LocalDate since, LocalDate until) {
        boolean overlaps(Days other) {
            return !until.isBefore(other.since) && !since.isAfter(other.until);
        }

        long count() {
            return ChronoUnit.DAYS.between(since, until) + 1;
        }
    }

    /** An account's stored row count and sums (sums compared by value, whatever their scale). */
    private record Totals(long rows, BigDecimal spend, long purchases, BigDecimal purchaseValue) {
        Totals {
            spend = spend.stripTrailingZeros();
            purchaseValue = purchaseValue.stripTrailingZeros();
        }

        static Totals of(List<InsightRow> truth) {
            return new Totals(
                    truth.size(),
                    truth.stream().map(InsightRow::spend).reduce(BigDecimal.ZERO, BigDecimal::add),
                    truth.stream().mapToLong(InsightRow::purchases).sum(),
                    truth.stream().map(InsightRow::purchaseValue).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    @Test
    void a_37_month_backfill_killed_midway_resumes_as_the_same_run_without_reading_a_finished_chunk_again() {
        List<AccountSpec> specs = List.of(
                AccountSpec.of(newAccountId()).withAds(1, 1, 1),
                AccountSpec.of(newAccountId()).withAds(1, 1, 2).withTimeZone(ZoneId.of("Asia/Tokyo")),
                AccountSpec.of(newAccountId()).withAds(2, 1, 1).withTimeZone(ZoneId.of("Europe/Berlin")));
        Brand brand = brandWithAccounts(specs);
        List<String> accounts = specs.stream().map(AccountSpec::id).toList();
        accounts.forEach(id -> stack.simulator.injectFault(id, Fault.slow(SLOW_ANSWER)));
        String sync = schedules.createRecurring(brand, "meta_sync", "0 6 * * *", Map.of("days_back", DAYS_BACK));
        ServiceProcess metaSync = stack.services.get("meta-sync-service");
        Instant started = Instant.now();

        schedules.makeDue(sync);
        // Killed once the first account is read and the next one part way: after the restart one account is
        // skipped whole and one resumed.
        JsonNode progressed = schedules.awaitChunksDone(sync, CHUNKS_PER_ACCOUNT + 3, RUN_TIMEOUT);
        metaSync.kill();
        Instant killed = Instant.now();

        String runId = progressed.path("id").asString();
        Map<String, List<Days>> finishedAtKill = finishedChunks(runId);
        int finishedCount =
                finishedAtKill.values().stream().mapToInt(List::size).sum();
        assertThat(finishedCount)
                .as("chunks finished when meta-sync was killed (run %s)", progressed)
                .isBetween(CHUNKS_PER_ACCOUNT + 3, CHUNKS_PER_ACCOUNT * accounts.size() - 1);
        assertThat(finishedAtKill.values())
                .as("accounts are read one after another")
                .anyMatch(chunks -> chunks.size() == CHUNKS_PER_ACCOUNT);
        Map<String, Integer> callsAtKill = new LinkedHashMap<>();
        accounts.forEach(id -> callsAtKill.put(id, stack.simulator.calls(id).size()));
        accounts.forEach(stack.simulator::clearFaults);
        metaSync.restart();
        Duration restartedIn = metaSync.awaitReady(RUN_TIMEOUT);

        JsonNode job = schedules.awaitLastRunFinished(sync, RUN_TIMEOUT);
        Instant finished = Instant.now();
        System.out.printf(
                "backfill restart: %d of %d chunks finished at the kill, %s after due; meta-sync ready again after"
                        + " %s; run finished %s after the kill, %s after due%n",
                finishedCount,
                CHUNKS_PER_ACCOUNT * accounts.size(),
                Duration.between(started, killed),
                restartedIn,
                Duration.between(killed, finished),
                Duration.between(started, finished));

        // One run, attempted once: the new process took over the killed one's request; the scheduler neither timed
        // it out nor retried it.
        assertThat(job.path("last_run_status").asString()).as("%s", job).isEqualTo("succeeded");
        JsonNode runs = stack.scheduler().get("/api/v1/jobs/" + sync + "/runs").path("items");
        assertThat(runs).hasSize(1);
        JsonNode run = schedules.run(runId);
        assertThat(run.path("attempt").asInt()).as("%s", run).isEqualTo(1);
        assertThat(run.path("summary").path("chunks").asInt()).isEqualTo(CHUNKS_PER_ACCOUNT * accounts.size());
        assertThat(run.path("summary").path("chunks_resumed").asInt()).isEqualTo(finishedCount);
        assertThat(run.path("progress").path("chunks_done").asInt()).isEqualTo(CHUNKS_PER_ACCOUNT * accounts.size());

        for (String id : accounts) {
            // Every day of the 37 months in exactly one finished chunk, recorded before or after the kill.
            List<Days> chunks = finishedChunks(runId).get(id);
            assertThat(chunks).as("finished chunks of act_%s", id).hasSize(CHUNKS_PER_ACCOUNT);
            assertThat(chunks.stream().mapToLong(Days::count).sum()).isEqualTo(DAYS_BACK);
            Days range = new Days(
                    chunks.stream().map(Days::since).min(LocalDate::compareTo).orElseThrow(),
                    chunks.stream().map(Days::until).max(LocalDate::compareTo).orElseThrow());
            assertThat(range.count()).isEqualTo(DAYS_BACK);
            assertThat(stored(brand, id))
                    .as("act_%s over %s", id, range)
                    .isEqualTo(Totals.of(stack.simulator.groundTruth(id, range.since(), range.until())));

            List<RecordedCall> afterRestart = stack.simulator
                    .calls(id)
                    .subList(callsAtKill.get(id), stack.simulator.calls(id).size());
            List<Days> askedAfterRestart = afterRestart.stream()
                    .map(call -> call.params().get("time_range"))
                    .filter(timeRange -> timeRange != null)
                    .map(BackfillRestartEndToEndTest::days)
                    .toList();
            List<Days> finishedBefore = finishedAtKill.getOrDefault(id, List.of());
            assertThat(askedAfterRestart)
                    .as(
                            "ranges of act_%s asked for after the restart overlapping one of its %d chunks finished before"
                                    + " the kill",
                            id, finishedBefore.size())
                    .noneMatch(asked -> finishedBefore.stream().anyMatch(asked::overlaps));
            // What was not finished at the kill was read by the new process.
            assertThat(askedAfterRestart.stream().mapToLong(Days::count).sum())
                    .isGreaterThanOrEqualTo(DAYS_BACK
                            - finishedBefore.stream().mapToLong(Days::count).sum());
        }
    }

    private static String newAccountId() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    /**
     * A brand with the simulated accounts linked in meta-sync, each with 37 months of history. A call costs an
     * account 0.05 % of its hourly quota, so its usage stays far below the ceiling at which a backfill waits.
     */
    private Brand brandWithAccounts(List<AccountSpec> specs) {
        UUID id = UUID.randomUUID();
        for (AccountSpec spec : specs) {
            stack.simulator.account(spec.withHistoryDays(1200));
            stack.simulator.usagePerCall(spec.id(), 0.05);
            JsonNode link = stack.metaSync()
                    .post("/api/v1/brands/" + id + "/ad-accounts", Map.of("ad_account_id", spec.actId()));
            assertThat(link.path("ad_account_id").asString()).as("%s", link).isEqualTo(spec.actId());
        }
        return new Brand(id, specs.get(0).id(), "reports-" + id.toString().substring(0, 8) + "@e2e.example");
    }

    /** The run's finished chunks by account (without {@code act_}). */
    private Map<String, List<Days>> finishedChunks(String runId) {
        Map<String, List<Days>> chunks = new LinkedHashMap<>();
        for (List<String> row :
                stack.rows("SELECT ad_account_id, since, until FROM finished_chunks WHERE run_id = '" + runId + "'")) {
            chunks.computeIfAbsent(AccountSpec.stripPrefix(row.get(0)), key -> new ArrayList<>())
                    .add(new Days(LocalDate.parse(row.get(1)), LocalDate.parse(row.get(2))));
        }
        return chunks;
    }

    private Totals stored(Brand brand, String accountId) {
        List<String> row = stack.rows("""
                        SELECT count(*), coalesce(sum(spend), 0), coalesce(sum(purchases), 0),
                               coalesce(sum(purchase_value), 0)
                          FROM meta_ads_performance WHERE brand_id = '%s' AND ad_account_id = 'act_%s'""".formatted(brand.id(), accountId)).get(0);
        return new Totals(
                Long.parseLong(row.get(0)),
                new BigDecimal(row.get(1)),
                Long.parseLong(row.get(2)),
                new BigDecimal(row.get(3)));
    }

    private static Days days(String timeRange) {
        JsonNode range = Api.JSON.readTree(timeRange);
        return new Days(
                LocalDate.parse(range.path("since").asString()),
                LocalDate.parse(range.path("until").asString()));
    }
}
