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

    GraphFailure(
            int httpStatus,
            int code,
            Integer subcode,
            boolean flaggedTransient,
            String message,
            String fbtraceId,
            Throwable cause) {
        super(message, cause);
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
            return new GraphFailure(0, REFUSED, null, false, refused.getMessage(), null, null);
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return new GraphFailure(
                        0,
                        0,
                        null,
                        true,
                        "network failure talking to the Graph API: " + redactor.redact(io.toString()),
                        null,
                        null);
            }
        }
        return new GraphFailure(
                0,
                0,
                null,
                false,
                "the SDK could not read Meta's answer: " + redactor.redact(e.getMessage()),
                null,
                null);
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
                        error.has("fbtrace_id") ? error.get("fbtrace_id").getAsString() : null,
                        null);
            }
        } catch (RuntimeException unreadable) {
            // Not Meta's JSON (a proxy's HTML 502, say): judged by the HTTP status alone below.
        }
        // Redacted before it is cut short, so a token cut in half cannot slip past the redactor.
        String text = body == null ? "" : redactor.redact(body);
        return new GraphFailure(
                status,
                0,
                null,
                false,
                "HTTP " + status + ": " + text.substring(0, Math.min(200, text.length())),
                null,
                null);
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
