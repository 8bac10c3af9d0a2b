package com.viraltracker.metasync.graph;

import com.facebook.ads.sdk.APIException;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;

/**
 * A failed Graph API call, read from Meta's error body ({@code code}, {@code error_subcode}, {@code is_transient},
 * {@code fbtrace_id}) and the HTTP status, or a network failure with neither.
 */
public class GraphFailure extends RuntimeException {
    /** Our own code for a call the executor refused to send: not Meta's, never retried. */
    static final int REFUSED = -1;

    private final int httpStatus;
    private final int code;
    private final Integer subcode;
    private final boolean flaggedTransient;
    private final String fbtraceId;

    private GraphFailure(
            int httpStatus, int code, Integer subcode, boolean flaggedTransient, String message, String fbtraceId) {
        super(message);
        this.httpStatus = httpStatus;
        this.code = code;
        this.subcode = subcode;
        this.flaggedTransient = flaggedTransient;
        this.fbtraceId = fbtraceId;
    }

    /**
     * Reads what the SDK threw: our executor's {@link GraphHttpException}, an endpoint it refused, or an I/O
     * failure it wrapped. Messages pass through the redactor; the SDK's exception is not kept as the cause,
     * because its message holds Meta's whole answer, which may repeat the request and its token.
     */
    public static GraphFailure from(APIException e, SecretRedactor redactor) {
        if (e instanceof GraphHttpException http) {
            return fromBody(http.status(), http.body(), redactor);
        }
        if (e instanceof ForeignEndpointException refused) {
            return refused(refused.getMessage());
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return network("network failure talking to the Graph API: " + redactor.redact(io.toString()));
            }
        }
        return unreadable("the SDK could not read Meta's answer: " + redactor.redact(e.getMessage()));
    }

    static GraphFailure fromBody(int status, String body, SecretRedactor redactor) {
        try {
            JsonElement root = JsonParser.parseString(body);
            JsonObject error = root.isJsonObject() && root.getAsJsonObject().has("error")
                    ? root.getAsJsonObject().getAsJsonObject("error")
                    : null;
            if (error != null) {
                return new GraphFailure(
                        status,
                        error.has("code") ? error.get("code").getAsInt() : 0,
                        error.has("error_subcode") ? error.get("error_subcode").getAsInt() : null,
                        error.has("is_transient") && error.get("is_transient").getAsBoolean(),
                        error.has("message")
                                ? redactor.redact(error.get("message").getAsString())
                                : "no message",
                        error.has("fbtrace_id") ? error.get("fbtrace_id").getAsString() : null);
            }
        } catch (RuntimeException unreadable) {
            // Not Meta's JSON (a proxy's HTML 502, say): judged by the HTTP status alone below.
        }
        // Redacted before it is cut short, so a token cut in half cannot slip past the redactor.
        String text = body == null ? "" : redactor.redact(body);
        return httpStatusOnly(status, "HTTP " + status + ": " + text.substring(0, Math.min(200, text.length())));
    }

    /** A call our executor would not send (not to the Graph API's host): never retried. */
    static GraphFailure refused(String message) {
        return new GraphFailure(0, REFUSED, null, false, message, null);
    }

    /** No answer at all: the connection failed or timed out. A passing fault. */
    static GraphFailure network(String message) {
        return new GraphFailure(0, 0, null, true, message, null);
    }

    /** An answer the SDK could not make sense of, with no HTTP status or Meta error to judge it by. */
    static GraphFailure unreadable(String message) {
        return new GraphFailure(0, 0, null, false, message, null);
    }

    /** An answer that is not Meta's error JSON (a proxy's HTML page, say): judged by its HTTP status alone. */
    static GraphFailure httpStatusOnly(int status, String message) {
        return new GraphFailure(status, 0, null, false, message, null);
    }

    /**
     * What Meta's code 2 says, "service temporarily unavailable", for a fault we find ourselves (an async report
     * run that keeps failing or never completes): a passing fault, so the run is tried again.
     */
    static GraphFailure temporarilyUnavailable(String message) {
        return new GraphFailure(0, 2, null, true, message, null);
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int code() {
        return code;
    }

    public Integer subcode() {
        return subcode;
    }

    public boolean flaggedTransient() {
        return flaggedTransient;
    }

    /** What a person reads: "error 17/2446079: (#17) User request limit reached". */
    public String describe() {
        String id = code == REFUSED
                ? "refused"
                : code == 0
                        ? (httpStatus == 0 ? "network" : "HTTP " + httpStatus)
                        : "error " + code + (subcode == null ? "" : "/" + subcode);
        return id + ": " + getMessage() + (fbtraceId == null ? "" : " (fbtrace_id " + fbtraceId + ")");
    }

    public GraphFailureKind kind() {
        return GraphFailureKind.of(this);
    }
}
