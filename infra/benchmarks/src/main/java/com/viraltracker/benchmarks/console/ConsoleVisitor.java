package com.viraltracker.benchmarks.console;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * A browser reduced to what the console's server sees: one keep-alive HTTP/1.1 connection, the session cookie,
 * gzip accepted, no cache. It signs in through the local sign-in form (the session cookie and the form's CSRF token
 * from {@code GET /sign-in}, then the form posted) and follows no redirects, so a page that sends it back to the
 * sign-in is noticed rather than measured.
 */
final class ConsoleVisitor {
    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*\\bname=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*\\bsrc=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("<link\\b[^>]*>");
    private static final Pattern STYLESHEET = Pattern.compile("\\brel=\"stylesheet\"");
    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String baseUrl;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** What one request cost and returned. */
    record Response(int status, long nanos, long transferredBytes, String body) {}

    private ConsoleVisitor(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Signs in as the operator of {@code brand} through the local sign-in form. */
    static ConsoleVisitor signIn(String baseUrl, UUID brand) throws IOException, InterruptedException {
        ConsoleVisitor visitor = new ConsoleVisitor(baseUrl);
        Response form = visitor.get("/sign-in");
        if (form.status() != 200) {
            throw new IllegalStateException("GET /sign-in answered " + form.status());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrfToken(form.body()));
        fields.put("name", "bench");
        fields.put("role", "operator");
        fields.put("other_brand", brand.toString());
        HttpResponse<byte[]> signedIn = visitor.send(visitor.request("/sign-in")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(fields)))
                .build());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() / 100 != 3 || location.contains("/sign-in")) {
            throw new IllegalStateException(
                    "signing in answered " + signedIn.statusCode() + " to " + location + ": " + text(signedIn));
        }
        return visitor;
    }

    /** One page or file, timed from sending the request to the last byte of the body. */
    Response get(String path) throws IOException, InterruptedException {
        HttpRequest request = request(path).GET().build();
        long started = System.nanoTime();
        HttpResponse<byte[]> response = send(request);
        long nanos = System.nanoTime() - started;
        return new Response(response.statusCode(), nanos, response.body().length, text(response));
    }

    /**
     * The bytes a first visit to the page transfers: its HTML and every script and stylesheet it references, each
     * as sent (compressed when the server compresses it), fetched once.
     */
    long pageWeight(String path) throws IOException, InterruptedException {
        Response page = get(path);
        long bytes = page.transferredBytes();
        for (String asset : assets(page.body())) {
            Response file = get(asset);
            if (file.status() != 200) {
                throw new IllegalStateException(asset + " (referenced by " + path + ") answered " + file.status());
            }
            bytes += file.transferredBytes();
        }
        return bytes;
    }

    /** The scripts and stylesheets a page references, each once. */
    static Set<String> assets(String html) {
        Set<String> assets = new LinkedHashSet<>();
        Matcher scripts = SCRIPT.matcher(html);
        while (scripts.find()) {
            assets.add(scripts.group(1));
        }
        Matcher links = LINK.matcher(html);
        while (links.find()) {
            String link = links.group();
            Matcher href = HREF.matcher(link);
            if (STYLESHEET.matcher(link).find() && href.find()) {
                assets.add(href.group(1));
            }
        }
        return assets;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofMinutes(2))
                .header("Accept", "text/html,*/*")
                .header("Accept-Encoding", "gzip");
        if (!cookies.isEmpty()) {
            builder.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    /**
     * Sends and keeps the cookies the response sets. The session cookie is Secure, which browsers send to
     * http://localhost but Java's cookie handler would not; hence a jar of its own.
     */
    private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(
                        pair.substring(0, equals).trim(),
                        pair.substring(equals + 1).trim());
            }
        }
        return response;
    }

    private static String csrfToken(String html) {
        Matcher input = CSRF_INPUT.matcher(html);
        if (!input.find()) {
            throw new IllegalStateException("the sign-in page has no _csrf field");
        }
        Matcher value = VALUE.matcher(input.group());
        if (!value.find()) {
            throw new IllegalStateException("the sign-in page's _csrf field has no value");
        }
        return value.group(1);
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String text(HttpResponse<byte[]> response) {
        boolean gzip = response.headers()
                .firstValue("Content-Encoding")
                .map(e -> e.equalsIgnoreCase("gzip"))
                .orElse(false);
        if (!gzip) {
            return new String(response.body(), StandardCharsets.UTF_8);
        }
        try (var in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
