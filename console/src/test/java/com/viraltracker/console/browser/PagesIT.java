package com.viraltracker.console.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.viraltracker.console.browser.Buttons.button;
import static com.viraltracker.console.browser.Buttons.heading;
import static com.viraltracker.console.browser.Buttons.link;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import com.viraltracker.testing.TestImages;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Every page of a brand with a week of everything (synced performance, a run of the daily sync, a weekly scorecard,
 * a product with generated ads), used as an operator would; each page is kept as a screenshot (console/README.md
 * shows them).
 */
@ExtendWith(BrowserStack.class)
class PagesIT {
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(2);

    private final BrowserStack.Running stack;

    PagesIT(BrowserStack.Running stack) {
        this.stack = stack;
    }

    @Test
    void an_operator_goes_through_every_page_of_a_brand() throws Exception {
        TestBrand brand = TestBrand.synced(stack, "Wonder Paws");
        Rest scheduler = stack.scheduler(brand.operatorToken());
        String sync = scheduler
                .put(
                        "/api/v1/brands/" + brand.id() + "/meta-sync-schedule",
                        Map.of("hour", 6, "timezone", "America/Los_Angeles", "days_back", 7))
                .path("job_id")
                .asString();
        String weekly = scheduler
                .put(
                        "/api/v1/brands/" + brand.id() + "/scorecard-schedule",
                        Map.of(
                                "day_of_week",
                                "MONDAY",
                                "hour",
                                9,
                                "timezone",
                                "America/Los_Angeles",
                                "days_back",
                                7,
                                "min_spend",
                                10.0,
                                "export_email",
                                "marketing@wonderpaws.example"))
                .path("job_id")
                .asString();
        awaitRun(scheduler, scheduler.post("/api/v1/jobs/" + sync + "/run", Map.of()));
        awaitRun(scheduler, scheduler.post("/api/v1/jobs/" + weekly + "/run", Map.of()));

        try (Session session = Session.open(stack, "pages-1")) {
            Page page = session.signIn("ana", "operator", brand.id());
            button(page, "⏰ Automated Sync Schedule").click();
            assertThat(page.getByText("Daily at 6 AM")).isVisible();
            assertThat(page.getByRole(
                            AriaRole.IMG, new Page.GetByRoleOptions().setName("Daily spend and ROAS chart in USD")))
                    .isVisible();
            session.screenshot("ad-performance");
            link(page, "ROAS").first().click();
            assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("ROAS"))
                            .first())
                    .hasAttribute("aria-sort", "descending");

            page.navigate(session.url("/brands"));
            assertThat(link(page, "Wonder Paws")).isVisible();
            session.screenshot("brands");

            link(page, "Wonder Paws").click();
            link(page, "Scorecards").click();
            button(page, "📊 Weekly Scorecard").click();
            assertThat(page.getByLabel("Export e-mail")).hasValue("marketing@wonderpaws.example");
            session.screenshot("scorecards");
            page.getByRole(AriaRole.TABLE).getByRole(AriaRole.LINK).first().click();
            assertThat(button(page, "Download CSV").or(link(page, "Download CSV")))
                    .isVisible();
            assertThat(page.getByRole(
                            AriaRole.IMG,
                            new Page.GetByRoleOptions()
                                    .setName("Spend against ROAS of each ad in USD, with the 1× and 2× lines")))
                    .isVisible();
            session.screenshot("scorecard");
            String scorecardPath = page.url().replace(stack.consoleUrl(), "");
            Download csv = page.waitForDownload(() -> link(page, "Download CSV").click());
            assertThat(csv.suggestedFilename()).endsWith(".csv");
            assertThat(Files.readString(csv.path()))
                    .startsWith("currency,category,rank,")
                    .contains(",roas,");

            link(page, "Creatives").click();
            page.getByLabel("Product name").fill("Calming Chews");
            page.getByLabel("Price").fill("29.99");
            page.getByLabel("Description").fill("Soft chews that help anxious dogs settle.");
            page.getByLabel("Benefits (one per line)").fill("Calmer walks\nVet-formulated");
            page.getByLabel("Brand colours (hex, comma-separated)").fill("#2e5aac, #f4b63f");
            button(page, "Create product").click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Created Calming Chews");
            page.getByLabel("Image for Calming Chews")
                    .setInputFiles(new FilePayload("chews.png", "image/png", TestImages.productPng(400, 400)));
            button(page, "Upload image").click();
            assertThat(page.getByRole(
                            AriaRole.IMG, new Page.GetByRoleOptions().setName("Product image of Calming Chews")))
                    .isVisible();
            page.getByLabel("Number").selectOption(new SelectOption().setLabel("3"));
            page.getByLabel("Colour mode").selectOption(new SelectOption().setLabel("Brand colours"));
            button(page, "Generate variations of Calming Chews").click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Generating 3 variations");
            awaitAds(page, session);
            session.screenshot("creatives");

            link(page, "Runs").click();
            assertThat(page.getByRole(AriaRole.ROW)
                            .filter(new com.microsoft.playwright.Locator.FilterOptions()
                                    .setHasText("Variations of Calming Chews")))
                    .hasCount(1);
            session.screenshot("runs-all");

            link(page, "Settings").click();
            page.getByLabel("Ad account id").fill("not an account");
            button(page, "Link ad account").click();
            assertThat(page.getByLabel("Ad account id")).hasAttribute("aria-invalid", "true");
            assertThat(page.getByText("must be a Meta ad account id")).isVisible();
            assertThat(page.getByLabel("Ad account id")).hasValue("not an account");
            session.screenshot("settings");
            assertThat(session.problems()).isEmpty();

            pagesWithinTheirBudget(session.context, brand, scorecardPath);
        }
        phoneScreenshot(brand);
    }

    /**
     * Every page, loaded as a first visit (empty cache) by this operator, weighs at most {@link
     * PageWeight#BUDGET_BYTES} with everything it fetches; the weights are kept in target/page-weights.txt.
     */
    private void pagesWithinTheirBudget(BrowserContext signedIn, TestBrand brand, String scorecardPath) {
        String base = "/brands/" + brand.id();
        List<PageWeight.Load> loads = new ArrayList<>();
        for (String path : List.of(
                "/brands",
                base + "/performance",
                base + "/performance?period=90",
                base + "/scorecards",
                scorecardPath,
                base + "/creatives",
                base + "/runs",
                base + "/settings",
                "/brands/" + UUID.randomUUID() + "/performance")) {
            loads.add(PageWeight.of(stack, signedIn, path));
        }
        loads.add(PageWeight.of(stack, null, "/sign-in"));
        List<PageWeight.Load> heavy = PageWeight.overBudget(loads);
        assertThat(heavy)
                .as(() -> "pages over " + PageWeight.BUDGET_BYTES + " bytes:\n"
                        + heavy.stream().map(PageWeight.Load::describe).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /** The Ad Performance page on a phone-sized screen. */
    private void phoneScreenshot(TestBrand brand) {
        try (BrowserContext phone =
                stack.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Session session = Session.in(stack, phone, "pages-phone");
            session.signIn("ana", "operator", brand.id());
            assertThat(heading(session.page, "Ad Performance — Wonder Paws")).isVisible();
            session.screenshot("ad-performance-phone");
        }
    }

    /** Reloads Creatives until the generated ads are in the gallery. */
    private static void awaitAds(Page page, Session session) {
        Instant deadline = Instant.now().plus(RUN_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            page.reload();
            if (page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Ad:"))
                            .count()
                    == 3) {
                assertThat(heading(page, "Ads for Calming Chews")).isVisible();
                return;
            }
            page.waitForTimeout(1000);
        }
        throw new AssertionError(
                "no generated ads in the gallery within " + RUN_TIMEOUT + " (" + session.url("") + ")");
    }

    private static JsonNode awaitRun(Rest scheduler, JsonNode started) {
        String id = started.path("id").asString(started.path("run_id").asString());
        Instant deadline = Instant.now().plus(RUN_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            JsonNode run = scheduler.get("/api/v1/runs/" + id);
            if (run.path("status").asString().equals("succeeded")) {
                return run;
            }
            if (run.path("status").asString().equals("failed")) {
                throw new AssertionError("run failed: " + run);
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("run " + id + " did not succeed within " + RUN_TIMEOUT);
    }
}
