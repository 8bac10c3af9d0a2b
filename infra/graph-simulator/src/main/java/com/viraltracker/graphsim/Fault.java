package com.viraltracker.graphsim;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Something going wrong for one account's requests, as Meta's Graph API does it: an error answer with the full
 * Graph error body, a slow answer, or async report runs that end in "Job Failed".
 *
 * @param kind      what happens
 * @param scope     which of the account's requests it hits
 * @param times     how many matching requests it hits; {@link #FOREVER} for all of them
 * @param httpStatus the HTTP status of an error answer
 * @param code      Graph error {@code code}
 * @param subcode   Graph {@code error_subcode}, or null
 * @param delay     how long a slow answer takes (also applied before an error answer when non-zero)
 */
public record Fault(
        Kind kind,
        Scope scope,
        int times,
        int httpStatus,
        int code,
        Integer subcode,
        String type,
        String message,
        boolean isTransient,
        Duration delay) {
    public static final int FOREVER = -1;

    public enum Kind {
        ERROR,
        SLOW,
        ASYNC_JOB_FAILS,
        ECHO_REQUEST
    }

    /** Which requests of the account a fault hits. */
    public enum Scope {
        ALL,
        ACCOUNT,
        INSIGHTS,
        REPORT_RUNS;

        boolean matches(Endpoint endpoint) {
            return switch (this) {
                case ALL -> true;
                case ACCOUNT -> endpoint == Endpoint.ACCOUNT;
                case INSIGHTS ->
                    endpoint == Endpoint.INSIGHTS
                            || endpoint == Endpoint.INSIGHTS_ASYNC
                            || endpoint == Endpoint.REPORT_INSIGHTS;
                case REPORT_RUNS -> endpoint == Endpoint.REPORT_STATUS || endpoint == Endpoint.REPORT_INSIGHTS;
            };
        }
    }

    /** The Graph endpoints the simulator serves. */
    public enum Endpoint {
        ACCOUNT,
        INSIGHTS,
        INSIGHTS_ASYNC,
        REPORT_STATUS,
        REPORT_INSIGHTS
    }

    public Fault {
        delay = delay == null ? Duration.ZERO : delay;
        scope = scope == null ? Scope.ALL : scope;
    }

    private static Fault error(int http, int code, Integer subcode, String message, boolean isTransient) {
        return new Fault(
                Kind.ERROR,
                Scope.ALL,
                FOREVER,
                http,
                code,
                subcode,
                "OAuthException",
                message,
                isTransient,
                Duration.ZERO);
    }

    /** 190/463: the access token expired; nothing but reconnecting helps. */
    public static Fault expiredToken() {
        return error(
                400,
                190,
                463,
                "Error validating access token: Session has expired on Tuesday, 03-Mar-26 "
                        + "04:00:00 PST. The current time is Tuesday, 10-Mar-26 10:00:00 PDT.",
                false);
    }

    /** 4: the app made too many calls. */
    public static Fault appRateLimit() {
        return error(400, 4, 1504022, "(#4) Application request limit reached", true);
    }

    /** 17/2446079: the user made too many calls. */
    public static Fault userRateLimit() {
        return error(400, 17, 2446079, "(#17) User request limit reached", true);
    }

    /** 32: too many calls for this page/account. */
    public static Fault pageRateLimit() {
        return error(400, 32, null, "(#32) Page request limit reached", true);
    }

    /** 613: calls to this API exceeded the rate limit. */
    public static Fault callsExceeded() {
        return error(400, 613, 1487742, "(#613) Calls to this api have exceeded the rate limit.", true);
    }

    /** 80000: the ads insights business use case is throttled. */
    public static Fault adsInsightsRateLimit() {
        return error(
                400,
                80000,
                2446079,
                "(#80000) There have been too many calls from this ad-account. " + "Wait a bit and try again.",
                true);
    }

    /** 80004: the ads management business use case is throttled. */
    public static Fault adsManagementRateLimit() {
        return error(
                400,
                80004,
                2446079,
                "(#80004) There have been too many calls to this ad-account. " + "Wait a bit and try again.",
                true);
    }

    /** 100/1487534: the synchronous request covers too many rows; use an async report run. */
    public static Fault tooManyRows() {
        return error(
                400,
                100,
                1487534,
                "(#100) The number of rows requested exceeds the limit for a synchronous "
                        + "request. Please use the asynchronous report API (POST /insights).",
                false);
    }

    /** 1 with HTTP 500: Meta timed out computing the answer. */
    public static Fault reduceData() {
        return error(500, 1, 99, "Please reduce the amount of data you're asking for, then retry your request", false);
    }

    /** 2: a temporary problem on Meta's side. */
    public static Fault temporary() {
        return error(500, 2, null, "An unexpected error has occurred. Please retry your request later.", true);
    }

    /** 503 with a Graph body: the service is down for a moment. */
    public static Fault unavailable() {
        return error(503, 2, null, "Service temporarily unavailable", true);
    }

    /** Answers normally, after {@code delay}. */
    public static Fault slow(Duration delay) {
        return new Fault(Kind.SLOW, Scope.ALL, FOREVER, 200, 0, null, null, null, false, delay);
    }

    /** Async report runs of the account end in "Job Failed". */
    public static Fault asyncJobFails() {
        return new Fault(
                Kind.ASYNC_JOB_FAILS, Scope.REPORT_RUNS, FOREVER, 200, 0, null, null, null, false, Duration.ZERO);
    }

    /**
     * Error 100 whose message repeats the whole request, access token included, as some Graph errors and
     * proxies in front of it do: a client must not pass such a message on unredacted.
     */
    public static Fault echoRequest() {
        return new Fault(
                Kind.ECHO_REQUEST, Scope.ALL, FOREVER, 400, 100, null, "OAuthException", null, false, Duration.ZERO);
    }

    /** The named faults the admin endpoint accepts, such as {@code user_rate_limit} or {@code expired_token}. */
    public static final Map<String, java.util.function.Supplier<Fault>> PRESETS = Map.ofEntries(
            Map.entry("expired_token", Fault::expiredToken),
            Map.entry("app_rate_limit", Fault::appRateLimit),
            Map.entry("user_rate_limit", Fault::userRateLimit),
            Map.entry("page_rate_limit", Fault::pageRateLimit),
            Map.entry("calls_exceeded", Fault::callsExceeded),
            Map.entry("ads_insights_rate_limit", Fault::adsInsightsRateLimit),
            Map.entry("ads_management_rate_limit", Fault::adsManagementRateLimit),
            Map.entry("too_many_rows", Fault::tooManyRows),
            Map.entry("reduce_data", Fault::reduceData),
            Map.entry("temporary", Fault::temporary),
            Map.entry("unavailable", Fault::unavailable),
            Map.entry("async_job_fails", Fault::asyncJobFails),
            Map.entry("echo_request", Fault::echoRequest));

    public static Fault preset(String name) {
        var preset = PRESETS.get(name.toLowerCase(Locale.ROOT));
        if (preset == null) {
            throw new IllegalArgumentException("unknown fault '" + name + "'; known: " + PRESETS.keySet() + ", slow");
        }
        return preset.get();
    }

    /** The same fault, hitting only the next {@code count} matching requests. */
    public Fault times(int count) {
        return new Fault(kind, scope, count, httpStatus, code, subcode, type, message, isTransient, delay);
    }

    /** The same fault, hitting only requests of {@code value}. */
    public Fault on(Scope value) {
        return new Fault(kind, value, times, httpStatus, code, subcode, type, message, isTransient, delay);
    }

    public Fault after(Duration value) {
        return new Fault(kind, scope, times, httpStatus, code, subcode, type, message, isTransient, value);
    }
}
