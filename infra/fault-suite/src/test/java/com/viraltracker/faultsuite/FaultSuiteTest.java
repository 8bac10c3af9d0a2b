package com.viraltracker.faultsuite;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.Topics;
import com.viraltracker.faultsuite.crash.CrashScenario;
import com.viraltracker.faultsuite.crash.Recovery;
import com.viraltracker.faultsuite.database.DatabaseScenario;
import com.viraltracker.faultsuite.flow.Brands;
import com.viraltracker.faultsuite.flow.FlowTally;
import com.viraltracker.faultsuite.fuzz.FuzzScenario;
import com.viraltracker.faultsuite.meta.MetaFaultScenario;
import com.viraltracker.faultsuite.poison.PoisonScenario;
import com.viraltracker.faultsuite.report.Report;
import com.viraltracker.faultsuite.rest.RestClient;
import com.viraltracker.faultsuite.scaleout.ScaleOutScenario;
import com.viraltracker.faultsuite.schedulers.TwoSchedulersScenario;
import com.viraltracker.faultsuite.stack.FaultStack;
import com.viraltracker.testing.TestTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The promises a user relies on, proven under faults: a scheduled job is never lost, never runs twice for the same
 * occurrence, never duplicates data, and every run ends in a state a person can read. The scenarios share one
 * system; the ones that leave it quiet run first, the destructive ones last. Figures go to the report
 * ({@code -Dfault.report}, under target/ unless {@code -Dfault.size=full}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteTest {
    private static final FaultSize SIZE = FaultSize.fromSystemProperty();
    private static final Report REPORT = new Report(SIZE.name());
    private static FaultStack stack;
    private static List<Brands.Brand> brands;

    @BeforeAll
    static void startTheSystem() throws IOException {
        Path work = Path.of(System.getProperty("fault.work", "target/fault-suite"));
        deleteRecursively(work.resolve("postgres"));
        deleteRecursively(work.resolve("kafka"));
        stack = FaultStack.start(work);
        brands = IntStream.range(0, 6).mapToObj(i -> Brands.create(stack)).toList();
    }

    /** After every scenario, so an interrupted run still leaves the figures gathered so far. */
    @AfterEach
    void writeTheReport() {
        REPORT.write(Path.of(System.getProperty("fault.report", "target/fault-suite/latest.md")));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void bad_input_at_every_endpoint_as_every_role_gets_a_problem_detail_never_a_server_error_and_changes_nothing() {
        // Brands of its own: an accepted DELETE of a known id must not take a later scenario's product away.
        List<Brands.Brand> targets = List.of(Brands.create(stack), Brands.create(stack));
        List<String> knownIds = new ArrayList<>();
        targets.forEach(
                b -> knownIds.addAll(List.of(b.id().toString(), b.productId().toString(), "act_" + b.adAccountId())));
        String jobId = stack.rest(FaultStack.SCHEDULER)
                .post(
                        "/api/v1/jobs",
                        yearlySync(targets.get(0).id(), "fuzz target", "UTC", "parameters", Map.of("days_back", 7)))
                .path("id")
                .asString();
        knownIds.add(jobId);
        Map<String, Object> template = fuzzTemplate();
        String templateId = stack.rest(FaultStack.AD_CREATION)
                .post("/api/v1/templates", template)
                .path("id")
                .asString();
        Brands.Brand target = targets.get(0);
        Map<String, String> resources = Map.of(
                "jobs/{id}",
                jobId,
                "brands/{brandId}",
                target.id().toString(),
                "products/{id}",
                target.productId().toString(),
                "ad-accounts/{adAccountId}",
                "act_" + target.adAccountId(),
                "templates/{id}",
                templateId);
        List<FuzzScenario.Caller> callers = List.of(
                new FuzzScenario.Caller("viewer", TestTokens.viewer(target.id()), false),
                new FuzzScenario.Caller("operator of another brand", TestTokens.operator(UUID.randomUUID()), false),
                new FuzzScenario.Caller("admin", TestTokens.admin(), true));

        var outcome = new FuzzScenario(stack, REPORT)
                .run(SIZE.fuzzCases(), knownIds, resources, validBodies(target, template), callers);

        Report.Section section = REPORT.section("6. Bad input at the REST edge");
        int requests = outcome.total(c -> c.requests);
        assertThat(section.promise(
                        "responses with status 5xx",
                        outcome.total(c -> c.serverErrors) + " of " + requests,
                        outcome.total(c -> c.serverErrors) == 0))
                .as(outcome.violations().toString())
                .isTrue();
        assertThat(section.promise(
                        "4xx that are not problem details",
                        outcome.total(c -> c.notProblemDetails),
                        outcome.total(c -> c.notProblemDetails) == 0))
                .as(outcome.violations().toString())
                .isTrue();
        assertThat(section.promise(
                        "rejected requests that changed the database",
                        outcome.total(c -> c.rejectedButChanged),
                        outcome.total(c -> c.rejectedButChanged) == 0))
                .as(outcome.violations().toString())
                .isTrue();
        assertThat(section.promise(
                        "values PostgreSQL cannot store that were accepted",
                        outcome.total(c -> c.unstorableAccepted) + " of " + outcome.total(c -> c.unstorableRequests),
                        outcome.total(c -> c.unstorableAccepted) == 0))
                .as(outcome.violations().toString())
                .isTrue();
        assertThat(section.promise(
                        "changes by a viewer or another brand's operator",
                        outcome.total(c -> c.changedByCallerWhoMayNot),
                        outcome.total(c -> c.changedByCallerWhoMayNot) == 0))
                .as(outcome.violations().toString())
                .isTrue();
        assertThat(outcome.counts()).hasSize(FaultStack.SERVICES.size() * callers.size());
        assertThat(outcome.counts().values()).allMatch(c -> c.endpoints > 0 && c.requests > 0);
        // Every JSON endpoint with a valid body was reached with such values, as every caller.
        assertThat(outcome.total(c -> c.unstorableRequests)).isGreaterThan(100 * callers.size());
    }

    /** A copy of the first library template under a name of its own: the target of the template endpoints. */
    private static Map<String, Object> fuzzTemplate() {
        JsonNode first =
                stack.rest(FaultStack.AD_CREATION).get("/api/v1/templates").get(0);
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("name", "Fuzz target " + UUID.randomUUID());
        template.put("width", first.path("width").asInt());
        template.put("height", first.path("height").asInt());
        template.put("layout", RestClient.JSON.convertValue(first.path("layout"), Map.class));
        return template;
    }

    @Test
    @Order(2)
    void poison_messages_land_on_their_dead_letter_topics_and_the_good_messages_behind_them_are_processed() {
        var outcome = new PoisonScenario(stack, REPORT).run(brands.get(1));

        Report.Section section = REPORT.section("4. Poison messages on every consumed topic");
        long lost = outcome.fates().stream()
                .filter(f -> !f.deadLettered() || f.reason() == null)
                .count();
        long stuck = outcome.goodMessageProcessed().values().stream()
                .filter(ok -> !ok)
                .count();
        assertThat(section.promise(
                        "poison messages not on `.dlt` with a reason header",
                        lost + " of " + outcome.fates().size(),
                        lost == 0))
                .as(outcome.fates().toString())
                .isTrue();
        assertThat(section.promise(
                        "topics whose good message behind the poison was not processed",
                        stuck + " of " + outcome.goodMessageProcessed().size(),
                        stuck == 0))
                .as(outcome.goodMessageProcessed().toString())
                .isTrue();
        assertThat(outcome.goodMessageProcessed())
                .containsKey(Topics.JOB_RESULTS)
                .hasSize(4);
    }

    @Test
    @Order(3)
    void meta_faults_end_in_a_completed_sync_or_the_right_failure_category_and_leave_no_partial_days() {
        var results = new MetaFaultScenario(stack, REPORT).run();

        Report.Section section = REPORT.section("5. Meta faults through the Graph API simulator");
        for (var result : results) {
            assertThat(section.promise(
                            result.name() + ": ends " + result.expectedStatus()
                                    + (result.expectedCategory() == null ? "" : " " + result.expectedCategory()),
                            result.status() + (result.category() == null ? "" : " " + result.category()),
                            result.asExpected()))
                    .as(result.toString())
                    .isTrue();
            assertThat(section.promise(
                            result.name() + ": stored days partial or different from Meta's",
                            result.inconsistentDays().size(),
                            result.inconsistentDays().isEmpty()))
                    .as(result.toString())
                    .isTrue();
        }
    }

    @Test
    @Order(4)
    void cut_connections_and_a_database_restart_lose_nothing_and_health_goes_down_then_up() {
        var outcome = new DatabaseScenario(stack, REPORT).run(SIZE, brands);

        Report.Section section = REPORT.section("3. Database faults: pg_terminate_backend and a PostgreSQL restart");
        assertThat(section.promise(
                        "runs terminal",
                        outcome.terminal() + " of " + outcome.runs(),
                        outcome.terminal() == outcome.runs()))
                .as(outcome.toString())
                .isTrue();
        assertThat(section.promise(
                        "runs succeeded",
                        outcome.byStatus().getOrDefault("succeeded", 0L) + " of " + outcome.runs(),
                        outcome.byStatus().getOrDefault("succeeded", 0L) == outcome.runs()))
                .as(outcome.failures().toString())
                .isTrue();
        assertThat(section.promise(
                        "occurrences lost / dispatched twice",
                        outcome.lost() + " / " + outcome.dispatchedTwice(),
                        outcome.lost() == 0 && outcome.dispatchedTwice() == 0))
                .isTrue();
        long notDownThenUp =
                outcome.downThenUp().values().stream().filter(ok -> !ok).count();
        assertThat(section.promise(
                        "services whose health did not go DOWN then UP",
                        notDownThenUp + " of " + outcome.downThenUp().size(),
                        notDownThenUp == 0))
                .as(outcome.downThenUp().toString())
                .isTrue();
    }

    @Test
    @Order(5)
    void killing_every_service_and_the_broker_mid_flow_loses_no_run_and_duplicates_nothing() {
        var outcome = new CrashScenario(stack, REPORT).run(SIZE, brands);

        Report.Section section =
                REPORT.section("1. Crashes: SIGKILL of every service and of the broker during the flow");
        everyRunSucceededOnceAndNothingWasDuplicated(section, outcome.flow());
        assertThat(outcome.recoveries()).hasSize(5).allMatch(r -> r.progressAfter() != null, "work resumed after it");
        assertThat(outcome.recoveries().stream().map(Recovery::fault)).hasSize(5);
    }

    @Test
    @Order(6)
    void three_instances_of_each_worker_and_two_schedulers_share_the_work_through_a_kill_and_a_new_instance() {
        var outcome = new ScaleOutScenario(stack, REPORT).run(SIZE);

        Report.Section section =
                REPORT.section("7. Scale-out: three instances of each worker, two schedulers, six partitions");
        everyRunSucceededOnceAndNothingWasDuplicated(section, outcome.flow());
        List<ScaleOutScenario.Share> idle = outcome.shares().stream()
                .filter(s -> s.survived() && s.runs() == 0)
                .toList();
        assertThat(section.promise(
                        "surviving instances that did no share of the work",
                        idle.size() + " of "
                                + outcome.shares().stream()
                                        .filter(ScaleOutScenario.Share::survived)
                                        .count(),
                        idle.isEmpty()))
                .as(outcome.shares().toString())
                .isTrue();
        long unsettled = outcome.rebalances().stream()
                .filter(r -> r.afterKill() == null || r.newInstanceHoldsAfter() == null)
                .count();
        assertThat(section.promise(
                        "consumer groups not seen stable with the new instance holding partitions",
                        unsettled + " of " + outcome.rebalances().size(),
                        unsettled == 0))
                .as(outcome.rebalances().toString())
                .isTrue();
    }

    @Test
    @Order(7)
    void two_schedulers_on_one_database_dispatch_each_occurrence_once_and_both_do_work() {
        var outcome = new TwoSchedulersScenario(stack, REPORT).run(SIZE.dueJobs());

        Report.Section section = REPORT.section("2. Two schedulers against one database");
        assertThat(section.promise(
                        "jobs with a run",
                        outcome.jobsWithRun() + " of " + outcome.jobs(),
                        outcome.jobsWithRun() == outcome.jobs()))
                .isTrue();
        assertThat(section.promise(
                        "occurrences dispatched twice",
                        outcome.dispatchedTwice(),
                        outcome.dispatchedTwice() == 0 && outcome.runs() == outcome.jobs()))
                .isTrue();
        assertThat(section.promise(
                        "distinct runs published",
                        outcome.publishedRunIds() + " of " + outcome.jobs(),
                        outcome.publishedRunIds() == outcome.jobs()))
                .isTrue();
        assertThat(section.promise(
                        "both instances dispatched",
                        (long) outcome.dispatchedByFirst() + " + " + (long) outcome.dispatchedBySecond(),
                        outcome.dispatchedByFirst() > 0 && outcome.dispatchedBySecond() > 0))
                .isTrue();
        assertThat(outcome.completedJobs()).isEqualTo(outcome.jobs());
    }

    /** The promises every flow under faults keeps, recorded in the scenario's section and asserted. */
    private static void everyRunSucceededOnceAndNothingWasDuplicated(Report.Section section, FlowTally flow) {
        assertThat(section.promise(
                        "runs terminal (succeeded / failed / timed_out)",
                        flow.terminal() + " of " + flow.runs(),
                        flow.terminal() == flow.runs()))
                .as(flow.toString())
                .isTrue();
        long notSucceeded = flow.runs() - flow.succeeded();
        assertThat(section.promise("runs failed or timed out", notSucceeded, notSucceeded == 0))
                .as(flow.failures().toString())
                .isTrue();
        assertThat(section.promise(
                        "occurrences lost (job without a run) / dispatched twice",
                        flow.lost() + " / " + flow.dispatchedTwice(),
                        flow.lost() == 0 && flow.dispatchedTwice() == 0))
                .isTrue();
        assertThat(section.promise(
                        "duplicate performance rows / duplicate or missing scorecards / generated ads",
                        flow.duplicatePerformanceRows() + " / " + flow.duplicateScorecards() + " / "
                                + flow.duplicateGeneratedAds(),
                        flow.duplicatePerformanceRows() + flow.duplicateScorecards() + flow.duplicateGeneratedAds()
                                == 0))
                .isTrue();
    }

    /** A valid body for each endpoint that takes JSON, keyed "METHOD /path" as in the OpenAPI documents. */
    private static Map<String, Map<String, Object>> validBodies(Brands.Brand brand, Map<String, Object> template) {
        Map<String, Object> job = yearlySync(
                brand.id(),
                "fuzzed",
                "Europe/Berlin",
                // Ignored by a recurring schedule, but read: a date for the fuzzing to push beyond timestamptz.
                "run_at",
                "2031-01-01T06:00:00Z",
                "parameters",
                Map.of("days_back", 7, "note", "free-form"));
        Map<String, Object> product = Map.of(
                "brand_id",
                brand.id().toString(),
                "name",
                "Fuzzed Chews",
                "description",
                "Soft chews.",
                "benefits",
                List.of("Calm"),
                "price",
                9.99,
                "currency",
                "EUR",
                "offer",
                "10% off",
                "brand_colors",
                List.of("#2e5aac"));
        return Map.of(
                "POST /api/v1/jobs", job,
                "PATCH /api/v1/jobs/{id}",
                        Map.of(
                                "name",
                                "renamed",
                                "cron_expression",
                                "0 7 1 1 *",
                                "timezone",
                                "UTC",
                                "parameters",
                                Map.of("days_back", 3)),
                "PUT /api/v1/brands/{brandId}/meta-sync-schedule", Map.of("hour", 6, "timezone", "UTC", "days_back", 7),
                "PUT /api/v1/brands/{brandId}/scorecard-schedule",
                        Map.of(
                                "day_of_week",
                                "MONDAY",
                                "hour",
                                9,
                                "timezone",
                                "UTC",
                                "days_back",
                                7,
                                "min_spend",
                                10.0,
                                "export_email",
                                "fuzz@example.com"),
                "POST /api/v1/brands/{brandId}/ad-accounts", Map.of("ad_account_id", "act_" + brand.adAccountId()),
                "POST /api/v1/products", product,
                "PUT /api/v1/products/{id}", product,
                "POST /api/v1/templates", template,
                "PUT /api/v1/templates/{id}", template);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /**
     * A recurring Meta sync that runs once a year (on 1 January), so that it never runs during the suite; more
     * fields as name, value, name, value, ….
     */
    private static Map<String, Object> yearlySync(UUID brand, String name, String timezone, Object... fields) {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("brand_id", brand.toString());
        job.put("name", name);
        job.put("job_type", "meta_sync");
        job.put("schedule_type", "recurring");
        job.put("cron_expression", "0 6 1 1 *");
        job.put("timezone", timezone);
        for (int i = 0; i < fields.length; i += 2) {
            job.put((String) fields[i], fields[i + 1]);
        }
        return job;
    }
}
