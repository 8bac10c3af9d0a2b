package com.viraltracker.faultsuite.fuzz;

import com.viraltracker.faultsuite.report.Report;
import com.viraltracker.faultsuite.rest.RestClient;
import com.viraltracker.faultsuite.stack.FaultStack;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 6: every endpoint of every service's OpenAPI document gets generated bad requests (fixed seed), as each
 * of several callers. No answer may be a 5xx, every 4xx must be an RFC 9457 problem detail, a rejected request must
 * leave the database as it was, a value PostgreSQL cannot store must never be accepted, and a caller who may change
 * nothing must change nothing.
 */
public final class FuzzScenario {
    public static final long SEED = 20_261_130L;

    private final FaultStack stack;
    private final Report.Section report;

    public FuzzScenario(FaultStack stack, Report report) {
        this.stack = stack;
        this.report = report.section("6. Bad input at the REST edge");
    }

    /**
     * Who sends the requests. The promises hold for every caller; one who {@code mayChange} nothing (a viewer, an
     * operator of a brand the requests do not name) must leave the database as it was whatever the answer.
     */
    public record Caller(String name, String token, boolean mayChange) {}

    /** Counts for one service and caller. */
    public static final class Counts {
        public int endpoints;
        public int requests;
        public int accepted;
        public int rejected;
        public int serverErrors;
        public int notProblemDetails;
        public int rejectedButChanged;
        public int unstorableRequests;
        public int unstorableAccepted;
        public int changedByCallerWhoMayNot;

        @Override
        public String toString() {
            return endpoints + " endpoints, " + requests + " requests (" + unstorableRequests
                    + " with a value PostgreSQL cannot store): " + rejected + " 4xx, " + accepted + " 2xx, "
                    + serverErrors + " 5xx; " + notProblemDetails + " 4xx without a problem detail; "
                    + rejectedButChanged + " rejected requests that changed the database; " + unstorableAccepted
                    + " unstorable values accepted; " + changedByCallerWhoMayNot
                    + " changes by a caller who may change nothing";
        }
    }

    /** Per service and caller its counts, and the first few violations to show. */
    public record Outcome(Map<String, Counts> counts, List<String> violations) {
        public int total(java.util.function.ToIntFunction<Counts> field) {
            return counts.values().stream().mapToInt(field).sum();
        }
    }

    /**
     * @param resources   existing resources by the path segment naming them ({@code "jobs/{id}"} → a job's id), for
     *                    the requests that must reach an endpoint's own code with one bad value
     * @param validBodies a valid body per {@code "METHOD /path"}
     */
    public Outcome run(
            int casesPerEndpoint,
            List<String> knownIds,
            Map<String, String> resources,
            Map<String, Map<String, Object>> validBodies,
            List<Caller> callers) {
        DatabaseSnapshot snapshot = new DatabaseSnapshot(stack.sql);
        Map<String, Counts> counts = new LinkedHashMap<>();
        List<String> violations = new ArrayList<>();
        Map<String, List<Endpoint>> endpoints = new LinkedHashMap<>();
        for (String service : FaultStack.SERVICES) {
            endpoints.put(
                    service, Endpoint.fromOpenApi(service, stack.rest(service).get("/v3/api-docs")));
        }
        snapshot.awaitQuiet();
        for (Caller caller : callers) {
            // The same seed for every caller: each sends the same requests, so their answers compare.
            BadInput input = new BadInput(SEED, knownIds, validBodies);
            for (String service : FaultStack.SERVICES) {
                RestClient client = stack.rest(service).as(caller.token());
                Counts serviceCounts = new Counts();
                serviceCounts.endpoints = endpoints.get(service).size();
                counts.put(service + " as " + caller.name(), serviceCounts);
                for (Endpoint endpoint : endpoints.get(service)) {
                    for (int i = 0; i < casesPerEndpoint; i++) {
                        send(
                                client,
                                caller,
                                endpoint,
                                input.next(endpoint),
                                false,
                                snapshot,
                                serviceCounts,
                                violations);
                    }
                    for (BadInput.Request request : input.unstorable(endpoint, resources)) {
                        send(client, caller, endpoint, request, true, snapshot, serviceCounts, violations);
                    }
                }
                report.figure(service + " as " + caller.name(), serviceCounts);
            }
        }
        report.note("Seed " + SEED + ", " + casesPerEndpoint + " generated requests per endpoint and caller, endpoints "
                + "read from each service's `/v3/api-docs`, sent as each of: "
                + String.join(", ", callers.stream().map(Caller::name).toList())
                + ". Besides them, every field of each endpoint's valid body (nested ones too) is sent with each value "
                + "PostgreSQL cannot store that fits it (U+0000 and lone surrogates in text, numbers beyond a double or "
                + "numeric, dates beyond timestamptz), naming existing resources in the path. Accepted (2xx) requests "
                + "are reads, or changes to existing rows that happened to be valid (after one, the suite waits for "
                + "the database to be quiet again). A request the server does not answer at all fails the scenario.");
        violations.stream().limit(15).forEach(v -> report.note("- " + v));
        return new Outcome(counts, violations);
    }

    private static void send(
            RestClient client,
            Caller caller,
            Endpoint endpoint,
            BadInput.Request request,
            boolean unstorable,
            DatabaseSnapshot snapshot,
            Counts counts,
            List<String> violations) {
        boolean judgeChanges = endpoint.mutates();
        String before = judgeChanges ? snapshot.take() : null;
        RestClient.Answer answer =
                client.send(endpoint.method(), request.pathAndQuery(), request.contentType(), request.body());
        counts.requests++;
        if (unstorable) {
            counts.unstorableRequests++;
        }
        String where = caller.name() + ": " + endpoint.service() + " " + endpoint.method() + " "
                + shorten(request.pathAndQuery());
        if (answer.status() >= 500) {
            counts.serverErrors++;
            violations.add(where + " answered " + answer.status() + ": " + shorten(answer.body()));
        } else if (answer.status() >= 400) {
            counts.rejected++;
            if (!answer.isProblem()) {
                counts.notProblemDetails++;
                violations.add(where + " answered " + answer.status() + " as " + answer.contentType() + ": "
                        + shorten(answer.body()));
            }
        } else {
            counts.accepted++;
            if (unstorable) {
                counts.unstorableAccepted++;
                violations.add(where + " accepted a value PostgreSQL cannot store: "
                        + shorten(new String(request.body(), StandardCharsets.UTF_8)));
            }
        }
        if (judgeChanges) {
            boolean accepted = answer.status() < 400;
            if (accepted && caller.mayChange()) {
                // An accepted change may start work (a manual run, say); let it finish first, so the next request
                // is judged against a database nothing else is changing.
                snapshot.awaitQuiet();
                return;
            }
            String changed = DatabaseSnapshot.difference(before, snapshot.take());
            if (!changed.isEmpty()) {
                if (accepted) {
                    counts.changedByCallerWhoMayNot++;
                    violations.add(where + " changed " + changed + " though its caller may change nothing");
                } else {
                    counts.rejectedButChanged++;
                    violations.add(where + " was rejected but changed " + changed);
                }
            }
        }
    }

    private static String shorten(String text) {
        return text.length() > 140 ? text.substring(0, 140) + "…" : text;
    }
}
