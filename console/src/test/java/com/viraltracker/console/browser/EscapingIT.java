package com.viraltracker.console.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.viraltracker.console.browser.Buttons.button;
import static com.viraltracker.console.browser.Buttons.heading;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What users type is shown as they typed it, and never runs. */
@ExtendWith(BrowserStack.class)
class EscapingIT {
    private static final String PRODUCT =
            "<script>window.pwned = 'product'</script><img src=x onerror=\"window.pwned='img'\">Chews";
    private static final String BRAND = "<b>Paws</b><script>window.pwned = 'brand'</script>";

    private final BrowserStack.Running stack;

    EscapingIT(BrowserStack.Running stack) {
        this.stack = stack;
    }

    @Test
    void a_name_containing_a_script_tag_shows_as_text_and_runs_nothing() {
        TestBrand brand = TestBrand.unlinked(stack, "Plain Paws");
        try (Session session = Session.open(stack, "escaping-1")) {
            Page page = session.signIn("ana", "operator", brand.id());
            page.navigate(session.url("/brands/" + brand.id() + "/creatives"));
            page.getByLabel("Product name").fill(PRODUCT);
            page.getByLabel("Description").fill("Soft chews </textarea><script>window.pwned='description'</script>");
            button(page, "Create product").click();
            assertThat(heading(page, PRODUCT)).isVisible();

            page.navigate(session.url("/brands/" + brand.id() + "/settings"));
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(BRAND);
            button(page, "Save name").click();
            assertThat(heading(page, "Settings — " + BRAND)).isVisible();

            page.navigate(session.url("/brands/" + brand.id() + "/creatives"));
            assertThat(heading(page, PRODUCT)).isVisible();
            assertThat(page.getByText("Soft chews </textarea><script>window.pwned='description'</script>"))
                    .isVisible();
            assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
            assertThat(page.getByRole(
                            com.microsoft.playwright.options.AriaRole.IMG, new Page.GetByRoleOptions().setName("x")))
                    .hasCount(0);
            session.screenshot("escaping");
            // Not even blocked by the policy: nothing reached the page as markup to begin with.
            assertThat(session.problems()).isEmpty();
        }
    }
}
