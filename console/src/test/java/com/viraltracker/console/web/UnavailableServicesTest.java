package com.viraltracker.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The console with no working service behind it: the scheduler, meta-sync and ad-creation addresses answer nothing
 * (a closed port), the scorecard service answers too late. Every page still renders, each part saying what is
 * unavailable, and the page's security (sign-in, CSRF, the policy, not-found) holds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnavailableServicesTest {
    private static final String KEY = "viraltracker-test-only-hs256-key-41-bytes";
    private static final Duration TIMEOUT = Duration.ofMillis(800);
    private static final HttpServer SLOW = slowServer();
    private static final Pattern SESSION_COOKIE = Pattern.compile("^VT_CONSOLE=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final UUID brand = UUID.randomUUID();

    @Value("${local.server.port}")
    int port;

    private WebTestClient client;
    private String session;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        String nothing = "http://127.0.0.1:" + closedPort();
        registry.add("viraltracker.console.scheduler", () -> nothing);
        registry.add("viraltracker.console.meta-sync", () -> nothing);
        registry.add("viraltracker.console.ad-creation", () -> nothing);
        registry.add(
                "viraltracker.console.scorecard",
                () -> "http://127.0.0.1:" + SLOW.getAddress().getPort());
        registry.add("viraltracker.console.api-timeout", TIMEOUT::toString);
        registry.add("viraltracker.auth.jwt-secret", () -> KEY);
    }

    @AfterAll
    static void stopSlowServer() {
        SLOW.stop(0);
    }

    @BeforeEach
    void signIn() {
        client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
        EntityExchangeResult<String> form =
                client.get().uri("/sign-in").exchange().expectBody(String.class).returnResult();
        String anonymous = cookie(form.getResponseHeaders());
        EntityExchangeResult<byte[]> signedIn = client.post()
                .uri("/sign-in")
                .cookie("VT_CONSOLE", anonymous)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("_csrf", csrf(form.getResponseBody()))
                        .with("name", "ana")
                        .with("role", "operator")
                        .with("other_brand", brand.toString()))
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .expectBody()
                .returnResult();
        session = cookie(signedIn.getResponseHeaders());
        assertThat(session).as("a new session id after sign-in").isNotEqualTo(anonymous);
    }

    @Test
    void every_page_renders_and_says_which_part_is_unavailable() {
        for (String page : List.of("performance", "scorecards", "creatives", "runs", "settings")) {
            String html = page("/brands/" + brand + "/" + page, 200);
            assertThat(html)
                    .as(page)
                    .contains("unavailable right now")
                    .doesNotContain("Exception")
                    .doesNotContain("at com.");
        }
        assertThat(page("/brands", 200)).contains("Brand names are unavailable right now.");
    }

    @Test
    void a_slow_service_makes_only_its_part_wait_for_the_timeout() {
        Instant start = Instant.now();

        String html = page("/brands/" + brand + "/scorecards", 200);

        assertThat(html)
                .contains("Scorecards are unavailable right now.")
                .contains("The weekly scorecard schedule is unavailable right now.");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void pages_run_no_inline_script_and_say_so_in_their_policy() {
        EntityExchangeResult<String> result = client.get()
                .uri("/brands/" + brand + "/performance")
                .cookie("VT_CONSOLE", session)
                .exchange()
                .expectBody(String.class)
                .returnResult();

        assertThat(result.getResponseHeaders().getFirst("Content-Security-Policy"))
                .contains("script-src 'self';")
                .doesNotContain("unsafe-inline");
        String html = result.getResponseBody();
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(html).find())
                .as("an inline script")
                .isFalse();
        assertThat(Pattern.compile("\\son[a-z]+=").matcher(html).find())
                .as("an event handler attribute")
                .isFalse();
        assertThat(html).doesNotContain("style=");
    }

    @Test
    void a_form_without_its_csrf_token_is_refused() {
        client.post()
                .uri("/brands/" + brand + "/sync-panel/enable")
                .cookie("VT_CONSOLE", session)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("hour", "6")
                        .with("timezone", "UTC")
                        .with("days_back", "7"))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void another_brands_page_is_the_consoles_not_found_page() {
        String html = page("/brands/" + UUID.randomUUID() + "/performance", 404);

        assertThat(html).contains("<h1>Not found</h1>");
    }

    @Test
    void without_a_session_a_page_sends_the_browser_to_sign_in() {
        client.get()
                .uri("/brands/" + brand + "/runs")
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .expectHeader()
                .valueEquals(HttpHeaders.LOCATION, "/sign-in");
    }

    private String page(String path, int status) {
        return client.get()
                .uri(path)
                .cookie("VT_CONSOLE", session)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private static String cookie(HttpHeaders headers) {
        return headers.get(HttpHeaders.SET_COOKIE).stream()
                .map(SESSION_COOKIE::matcher)
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + headers));
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a CSRF field in the sign-in form").isTrue();
        return matcher.group(1);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers every request with an empty JSON list, three seconds late. */
    private static HttpServer slowServer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                try {
                    Thread.sleep(3000);
                    byte[] body = "{}".getBytes();
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    exchange.close();
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
