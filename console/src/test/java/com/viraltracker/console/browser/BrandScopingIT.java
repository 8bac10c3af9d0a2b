package com.viraltracker.console.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A brand's pages are sealed: another brand's id typed into a URL is the console's own not-found page. */
@ExtendWith(BrowserStack.class)
class BrandScopingIT {
    private final BrowserStack.Running stack;

    BrandScopingIT(BrowserStack.Running stack) {
        this.stack = stack;
    }

    @Test
    void another_brands_pages_are_not_found() {
        UUID mine = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        try (Session session = Session.open(stack, "brand-scoping-1")) {
            Page page = session.signIn("ana", "operator", mine);
            for (String part : List.of("performance", "scorecards", "creatives", "runs", "settings")) {
                Response response = page.navigate(session.url("/brands/" + theirs + "/" + part));
                assertThat(response.status()).as(part).isEqualTo(404);
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found")))
                        .isVisible();
                assertThat(page.content()).doesNotContain(theirs.toString());
            }
            session.screenshot("not-found");
        }
    }

    @Test
    void a_page_without_sign_in_asks_for_it_and_returns_after() {
        UUID mine = UUID.randomUUID();
        try (Session session = Session.open(stack, "brand-scoping-2")) {
            session.page.navigate(session.url("/brands/" + mine + "/runs"));
            assertThat(session.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")))
                    .isVisible();
            session.screenshot("sign-in");
            Page page = session.signIn("ana", "viewer", mine);
            assertThat(page).hasURL(session.url("/brands/" + mine + "/runs"));
        }
    }
}
