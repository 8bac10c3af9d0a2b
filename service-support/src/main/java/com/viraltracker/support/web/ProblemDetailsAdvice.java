package com.viraltracker.support.web;

import com.viraltracker.events.parameters.FieldViolation;
import com.viraltracker.events.parameters.InvalidParametersException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Every error answer is an RFC 9457 problem; a 400 lists each bad field in {@code errors} as
 * {@code {field, reason}}, so clients can show the message beside the input that caused it.
 */
// Ahead of Boot's own problem-details handler, which would answer the same exceptions without the field.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
    public static final URI INVALID_INPUT = URI.create("https://viraltracker.dev/problems/invalid-input");
    public static final URI NOT_FOUND = URI.create("https://viraltracker.dev/problems/not-found");
    public static final URI TOO_LARGE = URI.create("https://viraltracker.dev/problems/too-large");
    public static final URI RATE_LIMITED = URI.create("https://viraltracker.dev/problems/rate-limited");
    private static final Pattern QUOTED_INPUT = Pattern.compile("'[^']{6,}'");

    @ExceptionHandler(InvalidParametersException.class)
    public ProblemDetail invalidParameters(InvalidParametersException e) {
        return invalid(e.violations().stream()
                .map(v -> new FieldViolation("parameters." + v.field(), v.reason()))
                .toList());
    }

    @ExceptionHandler(FieldProblemException.class)
    public ProblemDetail fieldProblem(FieldProblemException e) {
        ProblemDetail problem = invalid(e.violations());
        problem.setStatus(e.status());
        return problem;
    }

    /** A body no codec could take apart, such as a form upload with no multipart boundary; not wrapped by WebFlux. */
    @ExceptionHandler(DecodingException.class)
    public ProblemDetail undecodableBody(DecodingException e) {
        return invalid(List.of(new FieldViolation("body", "could not be read: " + firstLine(e.getMessage()))));
    }

    @ExceptionHandler(NotFoundException.class)
    public ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(NOT_FOUND);
        problem.setTitle("Not found");
        return problem;
    }

    private final LimitsProperties limits;

    public ProblemDetailsAdvice(LimitsProperties limits) {
        this.limits = limits;
    }

    @ExceptionHandler(RequestBodyTooLargeException.class)
    public ProblemDetail requestBodyTooLarge(RequestBodyTooLargeException e) {
        return tooLarge(e);
    }

    /** The codecs' own limit (the same size) met while decoding a chunked body. */
    @ExceptionHandler(ContentTooLargeException.class)
    public ProblemDetail contentTooLarge(ContentTooLargeException e) {
        return tooLarge(new RequestBodyTooLargeException(limits.maxBodySize()));
    }

    /** 413, naming the body as the field at fault. */
    public static ProblemDetail tooLarge(RequestBodyTooLargeException e) {
        ProblemDetail problem = invalid(List.of(
                new FieldViolation("body", "must be at most " + e.limit().toBytes() + " bytes")));
        problem.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        problem.setType(TOO_LARGE);
        problem.setTitle("Request body too large");
        return problem;
    }

    @ExceptionHandler(TooManyRequestsException.class)
    public ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequestsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setType(RATE_LIMITED);
        problem.setTitle("Too many requests");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(problem);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(
            WebExchangeBindException e, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        List<FieldViolation> violations = e.getFieldErrors().stream()
                .map(error -> new FieldViolation(
                        error.getField(), error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()))
                .collect(Collectors.toList());
        e.getGlobalErrors()
                .forEach(error -> violations.add(
                        new FieldViolation(error.getObjectName(), String.valueOf(error.getDefaultMessage()))));
        return Mono.just(ResponseEntity.badRequest().body(invalid(violations)));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(
            ServerWebInputException e, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        return Mono.just(ResponseEntity.badRequest().body(invalid(List.of(describe(e)))));
    }

    /** Text that cannot be stored is refused wherever it is bound from: query, path, headers, form fields. */
    @InitBinder
    public void refuseUnstorableText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StorableTextEditor());
    }

    /** Names the JSON field Jackson choked on, or the request parameter that could not be converted. */
    static FieldViolation describe(ServerWebInputException e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof UnstorableInputException unstorable) {
                return unstorable.violation();
            }
            if (cause instanceof StorableTextEditor.UnstorableTextException unstorable) {
                return new FieldViolation(requestPartName(e), unstorable.getMessage());
            }
            if (cause instanceof StreamReadException unreadable) {
                return new FieldViolation(
                        "body", "is not valid JSON: " + withoutQuotedInput(firstLine(unreadable.getOriginalMessage())));
            }
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                String field = jackson.getPath().stream()
                        .map(reference -> reference.getPropertyName() != null
                                ? reference.getPropertyName()
                                : "[" + reference.getIndex() + "]")
                        .collect(Collectors.joining("."))
                        .replace(".[", "[");
                InvalidParametersException invalid = findInvalidParameters(jackson);
                return new FieldViolation(
                        field, invalid != null ? invalid.getMessage() : "has the wrong type or format");
            }
        }
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof DecodingException) {
                return new FieldViolation(
                        "body", "could not be read: " + withoutQuotedInput(firstLine(cause.getMessage())));
            }
        }
        return new FieldViolation(requestPartName(e), firstLine(e.getReason()));
    }

    /** The request parameter, path variable, header or part the client named, else "request". */
    private static String requestPartName(ServerWebInputException e) {
        String parameter = e.getMethodParameter() != null ? wireName(e.getMethodParameter()) : null;
        return parameter != null ? parameter : "request";
    }

    /** The name a client sends ({@code ?brand_id=}), which may differ from the Java parameter's ({@code brandId}). */
    private static String wireName(MethodParameter parameter) {
        RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
        if (query != null && !query.name().isEmpty()) {
            return query.name();
        }
        if (query != null && !query.value().isEmpty()) {
            return query.value();
        }
        return parameter.getParameterName();
    }

    /**
     * Jackson quotes the text it could not parse ("Unrecognized token 'EAAB...'"), which may be a secret sent
     * unquoted; the short words it expects instead ('null', 'true') stay.
     */
    static String withoutQuotedInput(String message) {
        return message == null ? null : QUOTED_INPUT.matcher(message).replaceAll("'…'");
    }

    private static InvalidParametersException findInvalidParameters(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidParametersException invalid) {
                return invalid;
            }
        }
        return null;
    }

    public static ProblemDetail invalid(List<FieldViolation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                violations.stream().map(FieldViolation::toString).collect(Collectors.joining("; ")));
        problem.setType(INVALID_INPUT);
        problem.setTitle("Invalid input");
        problem.setProperty(
                "errors",
                violations.stream()
                        .map(v -> Map.of("field", v.field(), "reason", v.reason()))
                        .toList());
        return problem;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "could not be read";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
