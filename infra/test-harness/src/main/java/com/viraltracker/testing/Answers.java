package com.viraltracker.testing;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The answers tests expect of a service, said once: each helper sends the request it is given (built with whatever
 * token, headers and body the test needs), checks the status (and, for a problem, the RFC 9457 media type) and
 * returns the body for the checks that differ from test to test.
 */
public final class Answers {
    private Answers() {}

    /** The body of an answer with {@code status}, read as {@code type}. */
    public static <T> T expect(WebTestClient.RequestHeadersSpec<?> request, HttpStatus status, Class<T> type) {
        return request.exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(type)
                .returnResult()
                .getResponseBody();
    }

    /** The body of a 200 answer, read as {@code type}. */
    public static <T> T ok(WebTestClient.RequestHeadersSpec<?> request, Class<T> type) {
        return expect(request, HttpStatus.OK, type);
    }

    /** The body of a 201 answer, read as {@code type}: what a create returns. */
    public static <T> T created(WebTestClient.RequestHeadersSpec<?> request, Class<T> type) {
        return expect(request, HttpStatus.CREATED, type);
    }

    /** The body of a 202 answer, read as {@code type}: what a request to run something later returns. */
    public static <T> T accepted(WebTestClient.RequestHeadersSpec<?> request, Class<T> type) {
        return expect(request, HttpStatus.ACCEPTED, type);
    }

    /** The body of a 200 answer as text, such as a Prometheus scrape or an OpenAPI document. */
    public static String okText(WebTestClient.RequestHeadersSpec<?> request) {
        return ok(request, String.class);
    }

    /** The body of a 200 answer to a GET of {@code uri} as text. */
    public static String okText(WebTestClient web, String uri, Object... uriVariables) {
        return okText(web.get().uri(uri, uriVariables));
    }

    /** A 200 answer's JSON body, for checks of its fields. */
    public static WebTestClient.BodyContentSpec okJson(WebTestClient.RequestHeadersSpec<?> request) {
        return request.exchange().expectStatus().isOk().expectBody();
    }

    /** A 200 answer's JSON body to a GET of {@code uri}, for checks of its fields. */
    public static WebTestClient.BodyContentSpec okJson(WebTestClient web, String uri, Object... uriVariables) {
        return okJson(web.get().uri(uri, uriVariables));
    }

    /** A problem ({@code application/problem+json}) with {@code status}, for checks of what it names. */
    public static WebTestClient.BodyContentSpec problem(
            WebTestClient.RequestHeadersSpec<?> request, HttpStatus status) {
        return request.exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody();
    }

    /** A 400 problem, for checks of the fields it names. */
    public static WebTestClient.BodyContentSpec badRequestProblem(WebTestClient.RequestHeadersSpec<?> request) {
        return problem(request, HttpStatus.BAD_REQUEST);
    }

    /** A 400 problem whose first error names {@code field}. */
    public static void badRequestNaming(WebTestClient.RequestHeadersSpec<?> request, String field) {
        badRequestProblem(request).jsonPath("$.errors[0].field").isEqualTo(field);
    }
}
