package com.viraltracker.console.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.Sizes;
import com.microsoft.playwright.options.WaitUntilState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a page costs a browser that has never seen the console: every response of its first load (the document, its
 * scripts, styles, images and the requests its scripts make until the network is idle), headers and body as they
 * crossed the wire, compressed as the console sent them.
 */
final class PageWeight {
    /** The budget for a page with its scripts and styles. */
    static final long BUDGET_BYTES = 300 * 1024;

    static final Path REPORT = Session.SCREENSHOTS.resolveSibling("page-weights.txt");

    private PageWeight() {}

    /** One response of a page's load. */
    record Resource(String url, String type, long bytes) {}

    /** A page's load: its path and everything it fetched. */
    record Load(String path, List<Resource> resources) {
        long bytes() {
            return resources.stream().mapToLong(Resource::bytes).sum();
        }

        String describe() {
            return String.format("%s: %,d bytes in %d responses%n", path, bytes(), resources.size())
                    + resources.stream()
                            .map(resource -> String.format(
                                    "  %,9d  %-10s %s%n", resource.bytes(), resource.type(), resource.url()))
                            .collect(Collectors.joining());
        }
    }

    /**
     * Loads {@code path} in a fresh context with an empty cache, signed in as {@code signedIn} is (its cookies), or
     * signed out when {@code signedIn} is null.
     */
    static Load of(BrowserStack.Running stack, BrowserContext signedIn, String path) {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(1280, 900);
        if (signedIn != null) {
            options.setStorageState(signedIn.storageState());
        }
        try (BrowserContext cold = stack.browser.newContext(options)) {
            cold.setDefaultNavigationTimeout(Session.TIMEOUT_MS);
            Page page = cold.newPage();
            List<Request> finished = new ArrayList<>();
            page.onRequestFinished(finished::add);
            page.navigate(
                    stack.consoleUrl() + path, new Page.NavigateOptions().setWaitUntil(WaitUntilState.NETWORKIDLE));
            List<Resource> resources = new ArrayList<>();
            for (Request request : List.copyOf(finished)) {
                Sizes sizes = request.sizes();
                resources.add(new Resource(
                        request.url().replace(stack.consoleUrl(), ""),
                        request.resourceType(),
                        (long) sizes.responseHeadersSize + sizes.responseBodySize));
            }
            return new Load(path, resources);
        }
    }

    /** Writes every load to target/page-weights.txt (kept with the screenshots) and returns those over budget. */
    static List<Load> overBudget(List<Load> loads) {
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, loads.stream().map(Load::describe).collect(Collectors.joining("\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loads.stream().filter(load -> load.bytes() > BUDGET_BYTES).toList();
    }
}
