package com.viraltracker.graphsim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** An error answer with Meta's full error body; thrown inside the handler and written by it. */
final class GraphError extends RuntimeException {
    final int httpStatus;
    final Map<String, Object> body;

    private GraphError(int httpStatus, Map<String, Object> body) {
        super(String.valueOf(body));
        this.httpStatus = httpStatus;
        this.body = body;
    }

    /** @param isTransient Meta's flag, or null for the answers that come without it */
    static GraphError of(int httpStatus, int code, Integer subcode, String type, String message, Boolean isTransient) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("type", type);
        error.put("code", code);
        if (subcode != null) {
            error.put("error_subcode", subcode);
        }
        if (isTransient != null) {
            error.put("is_transient", isTransient);
        }
        error.put("fbtrace_id", "A" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36));
        return new GraphError(httpStatus, Map.of("error", error));
    }

    static GraphError of(Fault fault) {
        return of(
                fault.httpStatus(), fault.code(), fault.subcode(), fault.type(), fault.message(), fault.isTransient());
    }

    /** Error 100: a parameter is wrong. */
    static GraphError invalidParameter(String message) {
        return of(400, 100, null, "OAuthException", "(#100) " + message, false);
    }
}
