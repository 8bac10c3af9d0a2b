package com.viraltracker.console.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One person at a browser: a fresh context (no cookies), one page, the console's sign-in done through its form, and a
 * screenshot of the page when the test is done with it. Content-Security-Policy reports and script errors are
 * collected, so a test can say none happened.
 */
final class Session implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));

    /** Generous: five JVMs and a browser share two cores, and a busy machine makes a first request slow. */
    static final double TIMEOUT_MS = 90_000;

    private static final Set<Integer> REFUSED = Set.of(400, 403);

    static {
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
    }

    final BrowserContext context;
    final Page page;
    private final BrowserStack.Running stack;
    private final String name;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> refusedPages = new HashSet<>();

    private Session(BrowserStack.Running stack, BrowserContext context, String name) {
        this.stack = stack;
        this.context = context;
        this.name = name;
        context.setDefaultTimeout(TIMEOUT_MS);
        context.setDefaultNavigationTimeout(TIMEOUT_MS);
        this.page = context.newPage();
        page.onResponse(response -> {
            if (response.request().isNavigationRequest() && REFUSED.contains(response.status())) {
                refusedPages.add(response.url());
            }
        });
        page.onConsoleMessage(message -> {
            if (message.type().equals("error") && !refusedPage(message)) {
                problems.add(message.text());
            }
        });
        page.onPageError(problems::add);
    }

    /** A laptop-sized window of its own; {@code name} names the screenshot kept when it closes. */
    static Session open(BrowserStack.Running stack, String name) {
        return new Session(
                stack, stack.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)), name);
    }

    /** A session in a context the test set up (another screen size). */
    static Session in(BrowserStack.Running stack, BrowserContext context, String name) {
        return new Session(stack, context, name);
    }

    /** Signs in with the local sign-in form as {@code role} of the given brands (by id); lands where it sends. */
    Page signIn(String name, String role, UUID... brands) {
        page.navigate(stack.consoleUrl() + "/sign-in");
        page.getByLabel("Your name").fill(name);
        page.getByLabel(label(role), new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel("Or brand ids")
                .fill(List.of(brands).stream().map(UUID::toString).collect(Collectors.joining(",")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(url -> !url.contains("/sign-in"));
        return page;
    }

    String url(String path) {
        return stack.consoleUrl() + path;
    }

    /** Script errors and policy violations the browser reported so far. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** Keeps the page as it looks now: target/screenshots/{name}.png. */
    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    /**
     * A refused form comes back as its page again, answered 400 or 403 with the reasons at its fields; the browser
     * reports that page's status as an error, which is the answer the test waits for, not a problem.
     */
    private boolean refusedPage(ConsoleMessage message) {
        return message.text().startsWith("Failed to load resource")
                && refusedPages.stream().anyMatch(url -> message.location().startsWith(url));
    }

    private static String label(String role) {
        return Character.toUpperCase(role.charAt(0)) + role.substring(1);
    }

    /** The page as it was at the end, passed or failed: target/screenshots/at-close/{name}.png. */
    @Override
    public void close() {
        try {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("at-close").resolve(name + ".png"))
                    .setFullPage(true));
        } finally {
            context.close();
        }
    }
}
