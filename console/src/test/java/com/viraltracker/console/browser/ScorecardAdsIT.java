package com.viraltracker.console.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.viraltracker.console.browser.Buttons.link;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A scorecard of more ads than its table shows at once (150 ads, 100 a page): the operator pages through them and
 * filters them by category, and reaches every ad exactly once.
 */
@ExtendWith(BrowserStack.class)
class ScorecardAdsIT {
    private static final Pattern COUNTED = Pattern.compile("\\((\\d+)\\)$");

    private final BrowserStack.Running stack;

    ScorecardAdsIT(BrowserStack.Running stack) {
        this.stack = stack;
    }

    @Test
    void an_operator_pages_through_a_scorecard_of_more_ads_than_a_page_shows() {
        TestBrand brand = TestBrand.synced(stack, "Many Ads", 5, 5, 6);
        brand.runOnce(stack, "scorecard", Map.of("days_back", 7, "min_spend", 0));

        try (Session session = Session.open(stack, "scorecard-ads")) {
            Page page = session.signIn("ana", "operator", brand.id());
            page.navigate(session.url("/brands/" + brand.id() + "/scorecards"));
            page.getByRole(AriaRole.TABLE).getByRole(AriaRole.LINK).first().click();

            int all = counted(page.getByRole(
                    AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^All \\(\\d+\\)$"))));
            assertThat(all).as("ads evaluated").isGreaterThan(100).isLessThanOrEqualTo(150);
            assertThat(adsTable(page)).hasAccessibleName(Pattern.compile("\\(1–100 of " + all + "; all in the CSV\\)"));
            Set<String> seen = new HashSet<>(adNames(page));
            assertThat(seen).hasSize(100);
            assertThat(link(page, "← Previous ads")).hasCount(0);
            session.screenshot("scorecard-ads-1");

            link(page, "Next ads →").click();
            assertThat(adsTable(page))
                    .hasAccessibleName(Pattern.compile("\\(101–" + all + " of " + all + "; all in the CSV\\)"));
            List<String> second = adNames(page);
            assertThat(second).hasSize(all - 100).doesNotContainAnyElementsOf(seen);
            seen.addAll(second);
            assertThat(link(page, "Next ads →")).hasCount(0);
            link(page, "← Previous ads").click();
            assertThat(adsTable(page)).hasAccessibleName(Pattern.compile("\\(1–100 of " + all + ";"));

            int inCategories = 0;
            for (String title : List.of("Top performer", "Needs attention", "In between")) {
                Locator filter = page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(Pattern.compile("^" + title + " \\(\\d+\\)$")));
                int count = counted(filter);
                inCategories += count;
                filter.click();
                assertThat(filter).hasAttribute("aria-current", "page");
                List<String> badges =
                        adsTable(page).locator("tbody tr td:first-child").allInnerTexts();
                assertThat(badges)
                        .as(title + " filter")
                        .hasSize(Math.min(count, 100))
                        .allSatisfy(badge -> assertThat(badge.trim()).isEqualToIgnoringCase(title));
            }
            assertThat(inCategories).as("every evaluated ad in one category").isEqualTo(all);
            assertThat(seen).as("every ad reached once by paging").hasSize(all);
            assertThat(session.problems()).isEmpty();
        }
    }

    private static Locator adsTable(Page page) {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(Pattern.compile("^Ads in USD")));
    }

    /** The ad names of the table's rows as shown. */
    private static List<String> adNames(Page page) {
        return adsTable(page).locator("tbody tr td:nth-child(3)").allInnerTexts();
    }

    /** The number in a link's name, "Top performer (12)". */
    private static int counted(Locator link) {
        Matcher matcher = COUNTED.matcher(link.first().innerText().trim());
        assertThat(matcher.find()).as("a count in " + link.first().innerText()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
