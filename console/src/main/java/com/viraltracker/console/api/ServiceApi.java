package com.viraltracker.console.api;

import com.viraltracker.console.signin.ConsoleUser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriBuilder;
import reactor.core.publisher.Mono;

/**
 * One service's REST API as the console calls it: with the signed-in user's bearer token, within the console's
 * timeout, its answers read as snake_case JSON. Failures become the console's own exceptions: 404
 * {@link ApiNotFoundException}, 401 {@link SignedOutException}, another 4xx {@link ApiProblemException} with the
 * problem's fields, and a 5xx, a refused connection or a timeout {@link ServiceUnavailableException}.
 */
public final class ServiceApi {
    private final String service;
    private final WebClient client;
    private final Duration timeout;

    public ServiceApi(String service, WebClient client, Duration timeout) {
        this.service = service;
        this.client = client;
        this.timeout = timeout;
    }

    public String service() {
        return service;
    }

    public <T> Mono<T> get(ConsoleUser user, Function<UriBuilder, URI> uri, Class<T> type) {
        return call(user, HttpMethod.GET, uri, null, response -> response.bodyToMono(type));
    }

    public <T> Mono<T> get(ConsoleUser user, Function<UriBuilder, URI> uri, ParameterizedTypeReference<T> type) {
        return call(user, HttpMethod.GET, uri, null, response -> response.bodyToMono(type));
    }

    /** A JSON body sent with {@code method}; the answer read as {@code type} (or nothing, for {@code Void}). */
    public <T> Mono<T> send(
            ConsoleUser user, HttpMethod method, Function<UriBuilder, URI> uri, Object body, Class<T> type) {
        BodyInserter<?, ? super org.springframework.http.client.reactive.ClientHttpRequest> inserter =
                body == null ? BodyInserters.empty() : BodyInserters.fromValue(body);
        return call(user, method, uri, inserter, response -> response.bodyToMono(type));
    }

    /** A body the caller builds (a multipart upload), answered with {@code type}. */
    public <T> Mono<T> send(
            ConsoleUser user,
            HttpMethod method,
            Function<UriBuilder, URI> uri,
            BodyInserter<?, ? super org.springframework.http.client.reactive.ClientHttpRequest> body,
            Class<T> type) {
        return call(user, method, uri, body, response -> response.bodyToMono(type));
    }

    /** Bytes as they come (an image, a CSV), with the service's content type and disposition. */
    public Mono<ResponseEntity<byte[]>> bytes(ConsoleUser user, Function<UriBuilder, URI> uri) {
        return call(user, HttpMethod.GET, uri, null, response -> response.toEntity(byte[].class));
    }

    private <T> Mono<T> call(
            ConsoleUser user,
            HttpMethod method,
            Function<UriBuilder, URI> uri,
            BodyInserter<?, ? super org.springframework.http.client.reactive.ClientHttpRequest> body,
            Function<ClientResponse, Mono<T>> read) {
        WebClient.RequestBodySpec request = client.method(method)
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + user.accessToken())
                .accept(MediaType.APPLICATION_JSON, MediaType.ALL);
        WebClient.RequestHeadersSpec<?> ready = body == null ? request : request.body(body);
        return ready.exchangeToMono(
                        response -> response.statusCode().isError() ? failure(response) : read.apply(response))
                // Reactor Netty's response timeout (ApiClients) answers first; this bounds a body that trickles.
                .timeout(timeout.plusSeconds(2))
                .onErrorMap(
                        TimeoutException.class,
                        e -> new ServiceUnavailableException(service, "no answer within " + timeout))
                // Anything else that is not an answer the console understands (no connection, a read timeout, a
                // connection closed early, a body that is not the JSON expected) leaves the part unavailable.
                .onErrorMap(ServiceApi::unexpected, e -> new ServiceUnavailableException(service, rootMessage(e)));
    }

    private static boolean unexpected(Throwable error) {
        return !(error instanceof ServiceUnavailableException
                || error instanceof ApiNotFoundException
                || error instanceof ApiProblemException
                || error instanceof SignedOutException);
    }

    private <T> Mono<T> failure(ClientResponse response) {
        int status = response.statusCode().value();
        if (status == HttpStatus.NOT_FOUND.value()) {
            return response.releaseBody().then(Mono.error(new ApiNotFoundException(service + " resource")));
        }
        if (status == HttpStatus.UNAUTHORIZED.value()) {
            return response.releaseBody().then(Mono.error(new SignedOutException(service)));
        }
        if (response.statusCode().is5xxServerError()) {
            return response.releaseBody()
                    .then(Mono.error(new ServiceUnavailableException(service, "answered " + status)));
        }
        return response.bodyToMono(Problem.class)
                .onErrorResume(e -> Mono.empty())
                .defaultIfEmpty(new Problem(null, null, List.of()))
                .flatMap(problem -> Mono.error(new ApiProblemException(
                        status, problem.detail() != null ? problem.detail() : problem.title(), problem.errors())));
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null
                ? ""
                : ": " + cause.getMessage().lines().findFirst().orElse("");
        return cause.getClass().getSimpleName() + (message.length() > 200 ? message.substring(0, 200) + "…" : message);
    }

    /** The parts of an RFC 9457 problem the console shows. */
    record Problem(String title, String detail, List<ApiProblemException.FieldError> errors) {}
}
