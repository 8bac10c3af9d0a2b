package com.viraltracker.console.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.viraltracker.console.browser.Buttons.button;
import static com.viraltracker.console.browser.Buttons.heading;
import static com.viraltracker.console.browser.Buttons.link;
import static com.viraltracker.console.browser.Buttons.region;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.viraltracker.console.settings.FacebookController;
import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.graphsim.FacebookUser;
import com.viraltracker.testing.TestTokens;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Settings → Connect Facebook → the (simulated) Facebook dialog → back → choose accounts → linked, with the
 * connection's expiry; the accounts sync; Meta ends the token, the sync fails and Settings asks for a reconnect;
 * Reconnect, and the next sync succeeds; Cancel in the dialog; Disconnect.
 */
@ExtendWith(BrowserStack.class)
class ConnectFacebookIT {
    private static final double RUN_TIMEOUT_MS = 120_000;

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
            page.waitForURL(url -> url.contains("/brands/" + brand + "/settings/facebook/"));
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
            assertThat(connection).containsText("connected");
            session.screenshot("settings-facebook-connected");

            // The connected accounts sync with the connection's token.
            stack.scheduler(TestTokens.operator(brand))
                    .put(
                            "/api/v1/brands/" + brand + "/meta-sync-schedule",
                            Map.of("hour", 5, "timezone", "America/Los_Angeles", "days_back", 3));
            runSyncNow(page, session, brand, "succeeded");

            // Meta ends the token: the sync fails AUTH saying to reconnect, and Settings asks for it.
            stack.simulator.expireTokensOf(user);
            Locator panel = runSyncNow(page, session, brand, "failed");
            assertThat(panel).containsText("Reconnect Facebook");
            page.navigate(session.url("/brands/" + brand + "/settings"));
            assertThat(connection).containsText("refused by Facebook: reconnect");
            session.screenshot("settings-facebook-reconnect");

            // Reconnect: a new login as the same user replaces the token; the accounts stay linked.
            button(page, "Reconnect Facebook as Dana Client").click();
            page.waitForURL(url -> url.startsWith(stack.simulator.baseUrl()));
            button(page, "Continue as Dana Client").click();
            page.waitForURL(url -> url.contains("/brands/" + brand + "/settings/facebook/"));
            assertThat(page.getByText("already linked").first()).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to settings"))
                    .click();
            assertThat(connection).containsText("connected");
            assertThat(connection).not().containsText("reconnect");
            assertThat(accounts).containsText("act_" + first);
            runSyncNow(page, session, brand, "succeeded");
            page.navigate(session.url("/brands/" + brand + "/settings"));

            // Cancel in the dialog: nothing changes, and Settings says so.
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Connect Facebook")
                                    .setExact(true))
                    .click();
            page.waitForURL(url -> url.startsWith(stack.simulator.baseUrl()));
            button(page, "Cancel").click();
            page.waitForURL(url -> url.contains("/brands/" + brand + "/settings"));
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("cancelled");

            // Disconnect: the accounts are unlinked with it.
            button(page, "Disconnect Facebook user Dana Client").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Disconnected Facebook");
            assertThat(page.getByText("No Facebook login is connected.")).isVisible();
            assertThat(page.getByText("No ad account is linked yet.")).isVisible();
            session.screenshot("settings-facebook-disconnected");
            assertThat(session.problems()).isEmpty();
        }
    }

    @Test
    void a_login_finished_in_another_persons_session_or_after_the_session_ended_connects_nothing() {
        UUID brand = UUID.randomUUID();
        String account = Long.toString(9_200_000_000L + (System.nanoTime() & 0xFFFFF));
        stack.simulator.account(AccountSpec.of(account).withName("Shared Store").withAds(1, 1, 1));
        String user = "fb-" + UUID.randomUUID();
        stack.simulator.facebookUser(FacebookUser.of(user, "Kim Client", account));
        stack.simulator.signIn(user);

        try (Session ana = Session.open(stack, "facebook-started-by-ana");
                Session bo = Session.open(stack, "facebook-finished-by-bo");
                Session signedOut = Session.open(stack, "facebook-finished-signed-out")) {
            Page anaPage = ana.signIn("ana", "operator", brand);
            anaPage.navigate(ana.url("/brands/" + brand + "/settings"));
            button(anaPage, "Connect Facebook").click();
            anaPage.waitForURL(url -> url.startsWith(stack.simulator.baseUrl()));
            String dialog = anaPage.url();

            // Ana sends the dialog's link to Bo, an operator of the same brand signed in as himself: Facebook sends
            // his browser back, and the console refuses to finish Ana's login for him.
            Page boPage = bo.signIn("bo", "operator", brand);
            boPage.navigate(dialog);
            button(boPage, "Continue as Kim Client").click();
            boPage.waitForURL(url -> url.contains(FacebookController.CALLBACK));
            assertThat(heading(boPage, "This Facebook login cannot be finished"))
                    .isVisible();
            assertThat(boPage.getByRole(AriaRole.ALERT)).containsText("started by another user");
            assertThat(boPage.getByRole(AriaRole.ALERT)).containsText("nothing was stored");
            bo.screenshot("facebook-login-of-another-user");

            // A browser without a console session is told so, and nothing is connected either.
            Page nobody = signedOut.page;
            nobody.navigate(startAnother(anaPage, ana, brand));
            button(nobody, "Continue as Kim Client").click();
            nobody.waitForURL(url -> url.contains(FacebookController.CALLBACK));
            assertThat(nobody.getByRole(AriaRole.ALERT)).containsText("session ended");
            assertThat(link(nobody, "Sign in")).isVisible();
            signedOut.screenshot("facebook-login-after-the-session-ended");

            anaPage.navigate(ana.url("/brands/" + brand + "/settings"));
            assertThat(anaPage.getByText("No Facebook login is connected.")).isVisible();
            assertThat(anaPage.getByText("No ad account is linked yet.")).isVisible();
        }
    }

    /** Ana starts another login; the dialog's address, without following it. */
    private String startAnother(Page page, Session session, UUID brand) {
        page.navigate(session.url("/brands/" + brand + "/settings"));
        button(page, "Connect Facebook").click();
        page.waitForURL(url -> url.startsWith(stack.simulator.baseUrl()));
        return page.url();
    }

    /** Run now in the Ad Performance page's sync panel; waits for the run to end as {@code status}. */
    private static Locator runSyncNow(Page page, Session session, UUID brand, String status) {
        page.navigate(session.url("/brands/" + brand + "/performance"));
        page.waitForLoadState();
        // The panel remembers being open; open it only when it is closed.
        if (!button(page, "Run now").isVisible()) {
            button(page, "⏰ Automated Sync Schedule").click();
        }
        button(page, "Run now").click();
        Locator panel = region(page, "⏰ Automated Sync Schedule");
        assertThat(panel.getByRole(AriaRole.STATUS))
                .containsText(status, new LocatorAssertions.ContainsTextOptions().setTimeout(RUN_TIMEOUT_MS));
        return panel;
    }
}
