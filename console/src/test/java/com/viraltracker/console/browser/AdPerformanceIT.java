package com.viraltracker.console.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** The seed's Ad Performance page and its "⏰ Automated Sync Schedule" panel, used as a marketer would. */
@ExtendWith(BrowserStack.class)
class AdPerformanceIT {
    private static final double RUN_TIMEOUT_MS = 120_000;

    private final BrowserStack.Running stack;

    AdPerformanceIT(BrowserStack.Running stack) {
        this.stack = stack;
    }

    @Test
    void a_marketer_sees_the_brands_numbers_and_enables_runs_and_removes_the_daily_sync() {
        TestBrand wonderPaws = TestBrand.synced(stack, "Wonder Paws");
        TestBrand newBrand = TestBrand.unlinked(stack, "Brand New Co");
        try (Session session = Session.open(stack, "ad-performance-1")) {
            Page page = session.signIn("ana", "operator", newBrand.id(), wonderPaws.id());
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Brands")))
                    .isVisible();

            // 1. Go to the Ad Performance page (of the first brand listed: the one without an account).
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Brand New Co"))
                    .click();
            assertThat(page.getByText("No ad account is linked to this brand")).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to Settings")))
                    .isVisible();
            assertThat(page.getByRole(
                            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("⏰ Automated Sync Schedule")))
                    .hasCount(0);
            session.screenshot("ad-performance-no-account");

            // 2. Select a brand with a linked ad account.
            page.getByLabel("Brand", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel("Wonder Paws"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open"))
                    .click();
            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ad Performance — Wonder Paws")))
                    .isVisible();

            // The last 7 days through today in the account's zone, as the API totals them.
            LocalDate today = LocalDate.now(TestBrand.LOS_ANGELES);
            JsonNode usd = stack.metaSync(wonderPaws.operatorToken())
                    .get("/api/v1/brands/" + wonderPaws.id() + "/performance?from=" + today.minusDays(6) + "&to="
                            + today + "&group_by=day")
                    .path("currencies")
                    .get(0);
            JsonNode totals = usd.path("totals");
            assertThat(usd.path("currency").asString()).isEqualTo("USD");
            assertThat(new BigDecimal(totals.path("spend").asString())).isPositive();
            assertThat(tile(page, "Spend")).containsText(dollars(totals.path("spend")));
            assertThat(tile(page, "Revenue")).containsText(dollars(totals.path("revenue")));
            assertThat(tile(page, "Purchases"))
                    .containsText(String.format("%,d", totals.path("purchases").asLong()));
            assertThat(tile(page, "ROAS")).containsText(twoDecimals(totals.path("roas")) + "×");

            // 3. Expand "⏰ Automated Sync Schedule".
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("⏰ Automated Sync Schedule"))
                    .click();
            assertThat(page.getByText("in Pacific Time (America/Los_Angeles)")).isVisible();
            session.screenshot("sync-panel-none");
            // 4. Choose the time and the days to sync.
            page.getByLabel("Sync time").selectOption(new SelectOption().setLabel("7 AM"));
            page.getByLabel("14 days").check();
            // 5. Click "Enable Daily Sync".
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enable Daily Sync"))
                    .click();

            Locator panel =
                    page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("⏰ Automated Sync Schedule"));
            assertThat(panel).containsText("Daily at 7 AM");
            assertThat(panel).containsText("syncing the last 14 days");
            assertThat(panel).containsText("no runs yet");
            session.screenshot("sync-panel-enabled");

            // Run now; the status turns succeeded by itself, the page is never reloaded.
            page.evaluate("() => { window.stillTheSamePage = true; }");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run now"))
                    .click();
            assertThat(panel.getByRole(AriaRole.STATUS))
                    .containsText(
                            "succeeded",
                            new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                    .setTimeout(RUN_TIMEOUT_MS));
            assertThat(page.evaluate("() => window.stillTheSamePage === true")).isEqualTo(true);
            session.screenshot("sync-panel-succeeded");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove"))
                    .click();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enable Daily Sync")))
                    .isVisible();
            assertThat(panel).containsText("No daily sync is scheduled");
            assertThat(session.problems()).isEmpty();
        }
    }

    private static Locator tile(Page page, String label) {
        return page.getByRole(
                AriaRole.GROUP, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    private static String dollars(JsonNode amount) {
        return String.format("$%,.2f", new BigDecimal(amount.asString()).setScale(2, RoundingMode.HALF_UP));
    }

    private static String twoDecimals(JsonNode value) {
        return new BigDecimal(value.asString())
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
