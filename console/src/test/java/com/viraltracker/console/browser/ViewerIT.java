package com.viraltracker.console.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.viraltracker.console.browser.Buttons.button;
import static com.viraltracker.console.browser.Buttons.heading;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A viewer reads every page of the brand and is offered no button it may not use. */
@ExtendWith(BrowserStack.class)
class ViewerIT {
    /** Everything that changes something; a viewer sees none of them. */
    private static final List<String> CHANGING = List.of(
            "Enable Daily Sync",
            "Run now",
            "Remove",
            "Run again",
            "Link ad account",
            "Unlink",
            "Save name",
            "Create product",
            "Upload image",
            "Generate variations",
            "Schedule weekly scorecard",
            "Save weekly scorecard",
            "Remove weekly scorecard",
            "Connect Facebook");

    private final BrowserStack.Running stack;

    ViewerIT(BrowserStack.Running stack) {
        this.stack = stack;
    }

    @Test
    void a_viewer_sees_the_brands_pages_without_their_buttons() {
        TestBrand brand = TestBrand.synced(stack, "Viewer Paws");
        Rest scheduler = stack.scheduler(brand.operatorToken());
        scheduler.put(
                "/api/v1/brands/" + brand.id() + "/meta-sync-schedule",
                Map.of("hour", 6, "timezone", "America/Los_Angeles", "days_back", 7));
        scheduler.put(
                "/api/v1/brands/" + brand.id() + "/scorecard-schedule",
                Map.of("day_of_week", "MONDAY", "hour", 9, "timezone", "America/Los_Angeles"));
        stack.adCreation(brand.operatorToken())
                .post("/api/v1/products", Map.of("brand_id", brand.id().toString(), "name", "Calming Chews"));

        try (Session session = Session.open(stack, "viewer-1")) {
            Page page = session.signIn("vic", "viewer", brand.id());
            assertThat(heading(page, "Ad Performance — Viewer Paws")).isVisible();
            button(page, "⏰ Automated Sync Schedule").click();
            assertThat(page.getByText("Daily at 6 AM")).isVisible();
            noChangingButtons(page, "performance");
            session.screenshot("viewer-ad-performance");

            for (String part : List.of("scorecards", "creatives", "runs", "settings")) {
                page.navigate(session.url("/brands/" + brand.id() + "/" + part));
                noChangingButtons(page, part);
            }
            page.navigate(session.url("/brands/" + brand.id() + "/creatives"));
            assertThat(heading(page, "Calming Chews")).isVisible();
            assertThat(session.problems()).isEmpty();
        }
    }

    private static void noChangingButtons(Page page, String where) {
        for (String name : CHANGING) {
            assertThat(button(page, name).count()).as(name + " on " + where).isZero();
        }
    }
}
