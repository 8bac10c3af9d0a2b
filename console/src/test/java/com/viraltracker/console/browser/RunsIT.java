package com.viraltracker.console.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.viraltracker.console.browser.Buttons.button;
import static com.viraltracker.console.browser.Buttons.region;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import com.viraltracker.events.JobType;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.serde.JobEnvelope;
import com.viraltracker.graphsim.Fault;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A run that failed says why, in the panel and in Runs, and "Run again" starts it again; a long run shows how far it
 * got while it goes.
 */
@ExtendWith(BrowserStack.class)
class RunsIT {
    private static final double RUN_TIMEOUT_MS = 120_000;

    private final BrowserStack.Running stack;

    RunsIT(BrowserStack.Running stack) {
        this.stack = stack;
    }

    @Test
    void a_failed_run_shows_its_category_and_message_and_run_again_starts_it_again() {
        TestBrand brand = TestBrand.linked(stack, "Expired Token Co");
        // Meta refuses the account's next call as with an expired token; the call after that works again.
        stack.simulator.injectFault(
                brand.adAccountId().substring("act_".length()),
                Fault.expiredToken().times(1));
        Rest scheduler = stack.scheduler(brand.operatorToken());
        String job = scheduler
                .put(
                        "/api/v1/brands/" + brand.id() + "/meta-sync-schedule",
                        Map.of("hour", 5, "timezone", "America/Los_Angeles", "days_back", 3))
                .path("job_id")
                .asString();

        try (Session session = Session.open(stack, "runs-1")) {
            Page page = session.signIn("ana", "operator", brand.id());
            button(page, "⏰ Automated Sync Schedule").click();
            button(page, "Run now").click();
            Locator panel = region(page, "⏰ Automated Sync Schedule");
            assertThat(panel.getByRole(AriaRole.STATUS))
                    .containsText("failed", new LocatorAssertions.ContainsTextOptions().setTimeout(RUN_TIMEOUT_MS));
            JsonNode failed =
                    scheduler.get("/api/v1/jobs/" + job + "/runs").path("items").get(0);
            String category = failed.path("error_category").asString();
            String message = failed.path("error_message").asString();
            assertThat(category).isNotBlank();
            assertThat(panel).containsText(message);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Runs"))
                    .click();
            page.getByLabel("Status").selectOption(new SelectOption().setLabel("failed"));
            button(page, "Filter").click();
            Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(message));
            assertThat(row).hasCount(1);
            assertThat(row).containsText(category);
            session.screenshot("runs-failed");

            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Run again"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Started again");
            JsonNode rerun = awaitManualRun(
                    scheduler,
                    job,
                    failed.path("id").asString(failed.path("run_id").asString()));
            assertThat(rerun.path("status").asString()).isEqualTo("succeeded");
            page.getByLabel("Status").selectOption(new SelectOption().setLabel("All statuses"));
            button(page, "Filter").click();
            assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("manual")))
                    .not()
                    .hasCount(0);
            session.screenshot("runs");
            assertThat(session.problems()).isEmpty();
        }
    }

    @Test
    void watches_a_long_backfill_move_on_in_runs_without_a_reload() {
        TestBrand brand = TestBrand.unlinked(stack, "Long Backfill Co");
        Rest scheduler = stack.scheduler(brand.operatorToken());
        UUID job = UUID.fromString(scheduler
                .put(
                        "/api/v1/brands/" + brand.id() + "/meta-sync-schedule",
                        Map.of("hour", 5, "timezone", "America/Los_Angeles", "days_back", 3))
                .path("job_id")
                .asString());
        // A backfill of 13 chunks that another system asked the worker for, on its second attempt.
        JobEnvelope backfill = new JobEnvelope(JobType.META_SYNC, UUID.randomUUID(), job, brand.id(), Instant.now(), 2);
        Instant started = Instant.now();
        WorkerReports.send(JobResult.progress(backfill, started, chunks(3), "meta-sync-service"));
        awaitProgress(scheduler, brand, backfill.runId());

        try (Session session = Session.open(stack, "runs-progress")) {
            Page page = session.signIn("ana", "operator", brand.id());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Runs"))
                    .click();
            Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("running"));
            assertThat(row).hasCount(1);
            assertThat(row).containsText("3 of 13 chunks · 270 days stored");
            assertThat(row).containsText("attempt 2");
            Locator bar = row.getByRole(AriaRole.PROGRESSBAR);
            assertThat(bar).hasAttribute("value", "3");
            assertThat(bar).hasAttribute("max", "13");
            session.screenshot("runs-progress");

            WorkerReports.send(JobResult.progress(backfill, started, chunks(4), "meta-sync-service"));
            assertThat(row)
                    .containsText(
                            "4 of 13 chunks · 360 days stored",
                            new LocatorAssertions.ContainsTextOptions().setTimeout(RUN_TIMEOUT_MS));
            assertThat(bar).hasAttribute("value", "4");

            WorkerReports.send(JobResult.succeeded(
                    backfill, started, Instant.now(), Map.of("days_stored", 1170), "meta-sync-service"));
            Locator finished = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("succeeded"));
            assertThat(finished).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(RUN_TIMEOUT_MS));
            assertThat(finished.getByRole(AriaRole.PROGRESSBAR)).hasCount(0);
            assertThat(finished).not().containsText("chunks");
            assertThat(session.problems()).isEmpty();
        }
    }

    /** A backfill's report: {@code done} chunks of 90 days of 13. */
    private static Map<String, Object> chunks(int done) {
        return Map.of("chunks_done", done, "chunks_total", 13, "days_stored", done * 90);
    }

    /** Until the brand's run history shows the run's progress (the page then finds it at once). */
    private static void awaitProgress(Rest scheduler, TestBrand brand, UUID run) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode item :
                    scheduler.get("/api/v1/brands/" + brand.id() + "/runs").path("items")) {
                if (item.path("run_id").asString().equals(run.toString())
                        && item.path("progress").has("chunks_done")) {
                    return;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the scheduler did not show the progress of run " + run);
    }

    /** The job's newest run other than the failed one, once finished. */
    private static JsonNode awaitManualRun(Rest scheduler, String job, String failedRun) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode run : scheduler.get("/api/v1/jobs/" + job + "/runs").path("items")) {
                String id = run.path("id").asString(run.path("run_id").asString());
                String status = run.path("status").asString();
                if (!id.equals(failedRun) && (status.equals("succeeded") || status.equals("failed"))) {
                    return run;
                }
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Run again started no run that finished within two minutes");
    }
}
