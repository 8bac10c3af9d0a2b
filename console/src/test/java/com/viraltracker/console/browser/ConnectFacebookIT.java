package com.viraltracker.console.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.viraltracker.console.browser.Buttons.button;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.graphsim.FacebookUser;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Settings → Connect Facebook → the (simulated) Facebook dialog → back → choose accounts → linked, with the
 * connection's expiry; Reconnect when it is about to expire; Disconnect.
 */
@ExtendWith(BrowserStack.class)
class ConnectFacebookIT {
    private final BrowserStack.Running stack;

    ConnectFacebookIT(BrowserStack.Running stack) {
        this.stack = stack;
    }

    @Test
    void connect_choose_accounts_reconnect_and_disconnect() {
        UUID brand = UUID.randomUUID();
        String first = Long.toString(9_100_000_000L + (System.nanoTime() & 0xFFFFF));
        String second = Long.toString(Long.parseLong(first) + 1);
        stack.simulator.account(
                AccountSpec.of(first).withName("Outside Store US").withAds(1, 1, 2));
        stack.simulator.account(
                AccountSpec.of(second).withName("Outside Store EU").withCurrency("EUR"));
        String user = "fb-" + UUID.randomUUID();
        stack.simulator.facebookUser(FacebookUser.of(user, "Dana Client", first, second));
        stack.simulator.signIn(user);
        // Logged in 54 days ago: the token Meta gives expires within the week, so Settings asks for a reconnect.
        stack.simulator.advanceClock(Duration.ofDays(-54));

        try (Session session = Session.open(stack, "connect-facebook")) {
            Page page = session.signIn("ana", "operator", brand);
            page.navigate(session.url("/brands/" + brand + "/settings"));
            button(page, "Connect Facebook").click();

            // Facebook's dialog, at the simulator.
            page.waitForURL(url -> url.startsWith(stack.simulator.baseUrl()));
            assertThat(page.getByText("Dana Client").first()).isVisible();
            assertThat(page.getByLabel("Outside Store US (act_" + first + ")")).isChecked();
            button(page, "Continue as Dana Client").click();

            // Back in the console: choose the accounts to link.
            page.waitForURL(url -> url.contains("/settings/facebook/"));
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Connected to Facebook");
            session.screenshot("facebook-choose-accounts");
            button(page, "Link selected accounts").click();

            page.waitForURL(url -> url.endsWith("/brands/" + brand + "/settings"));
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Linked act_" + first);
            Locator accounts =
                    page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Linked Meta ad accounts"));
            assertThat(accounts).containsText("act_" + first);
            assertThat(accounts).containsText("act_" + second);
            Locator connection =
                    page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Facebook connections"));
            assertThat(connection).containsText("Dana Client");
            assertThat(connection).containsText("expires soon: reconnect");
            session.screenshot("settings-facebook-expiring");

            // Reconnect: a new login as the same user; the accounts stay linked.
            stack.simulator.resetClock();
            button(page, "Reconnect Facebook as Dana Client").click();
            page.waitForURL(url -> url.startsWith(stack.simulator.baseUrl()));
            button(page, "Continue as Dana Client").click();
            page.waitForURL(url -> url.contains("/settings/facebook/"));
            assertThat(page.getByText("already linked").first()).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to settings"))
                    .click();
            assertThat(connection).containsText("connected");
            assertThat(connection).not().containsText("reconnect");
            assertThat(accounts).containsText("act_" + first);

            // Cancel in the dialog: nothing changes, and Settings says so.
            button(page, "Connect Facebook").click();
            page.waitForURL(url -> url.startsWith(stack.simulator.baseUrl()));
            button(page, "Cancel").click();
            page.waitForURL(url -> url.contains("/settings"));
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("cancelled");

            // Disconnect: the accounts are unlinked with it.
            button(page, "Disconnect Facebook user Dana Client").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Disconnected Facebook");
            assertThat(page.getByText("No Facebook login is connected.")).isVisible();
            assertThat(page.getByText("No ad account is linked yet.")).isVisible();
            session.screenshot("settings-facebook-disconnected");
            assertThat(session.problems()).isEmpty();
        } finally {
            stack.simulator.resetClock();
        }
    }
}
