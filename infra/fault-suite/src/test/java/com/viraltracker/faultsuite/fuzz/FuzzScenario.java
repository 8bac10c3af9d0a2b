package com.viraltracker.faultsuite.fuzz;

import com.viraltracker.faultsuite.report.Report;
import com.viraltracker.faultsuite.rest.RestClient;
import com.viraltracker.faultsuite.stack.FaultStack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 6: every endpoint of every service's OpenAPI document gets generated bad requests (fixed seed). No
 * answer may be a 5xx, every 4xx must be an RFC 9457 problem detail, and a rejected request must leave the
 * database as it was.
 */
public final class FuzzScenario {
    public static final long SEED = 20_261_130L;

    private final FaultStack stack;
    private final Report.Section report;

    public FuzzScenario(FaultStack stack, Report report) {
        this.stack = stack;
        this.report = report.section("6. Bad input at the REST edge");
    }

    /** Counts for one service. */
    public static final class Counts {
        public int endpoints;
        public int requests;
        public int accepted;
        public int rejected;
        public int serverErrors;
        public int notProblemDetails;
        public int rejectedButChanged;

        @Override
        public String toString() {
            return endpoints + " endpoints, " + requests + " requests: " + rejected + " 4xx, " + accepted + " 2xx, "
                    + serverErrors + " 5xx; " + notProblemDetails + " 4xx without a problem detail; "
                    + rejectedButChanged + " rejected requests that changed the database";
        }
    }

    /** Per service its counts, and the first few violations to show. */
    public record Outcome(Map<String, Counts> counts, List<String> violations) {
        public int total(java.util.function.ToIntFunction<Counts> field) {
            return counts.values().stream().mapToInt(field).sum();
        }
    }

    public Outcome run(int casesPerEndpoint, List<String> knownIds, Map<String, Map<String, Object>> validBodies) {
        DatabaseSnapshot snapshot = new DatabaseSnapshot(stack.sql);
        Map<String, Counts> counts = new LinkedHashMap<>();
        List<String> violations = new ArrayList<>();
        BadInput input = new BadInput(SEED, knownIds, validBodies);
        snapshot.awaitQuiet();
        for (String service : FaultStack.SERVICES) {
            RestClient client = stack.rest(service);
            List<Endpoint> endpoints = Endpoint.fromOpenApi(service, client.get("/v3/api-docs"));
            Counts serviceCounts = new Counts();
            serviceCounts.endpoints = endpoints.size();
            counts.put(service, serviceCounts);
            for (Endpoint endpoint : endpoints) {
                for (int i = 0; i < casesPerEndpoint; i++) {
                    BadInput.Request request = input.next(endpoint);
                    String before = endpoint.mutates() ? snapshot.take() : null;
                    RestClient.Answer answer = client.send(
                            endpoint.method(), request.pathAndQuery(), request.contentType(), request.body());
                    serviceCounts.requests++;
                    String where = endpoint.method() + " " + shorten(request.pathAndQuery());
                    if (answer.status() >= 500) {
                        serviceCounts.serverErrors++;
                        violations.add(
                                service + " " + where + " answered " + answer.status() + ": " + shorten(answer.body()));
                    } else if (answer.status() >= 400) {
                        serviceCounts.rejected++;
                        if (!answer.isProblem()) {
                            serviceCounts.notProblemDetails++;
                            violations.add(service + " " + where + " answered " + answer.status() + " as "
                                    + answer.contentType() + ": " + shorten(answer.body()));
                        }
                        if (before != null) {
                            String changed = DatabaseSnapshot.difference(before, snapshot.take());
                            if (!changed.isEmpty()) {
                                serviceCounts.rejectedButChanged++;
                                violations.add(service + " " + where + " was rejected but changed " + changed);
                            }
                        }
                    } else {
                        serviceCounts.accepted++;
                        if (endpoint.mutates()) {
                            // An accepted change may start work (a manual run, say); let it finish first, so the
                            // next rejected request is judged against a database nothing else is changing.
                            snapshot.awaitQuiet();
                        }
                    }
                }
            }
            report.figure(service, serviceCounts);
        }
        report.note("Seed " + SEED + ", " + casesPerEndpoint + " generated requests per endpoint, endpoints read from "
                + "each service's `/v3/api-docs`. Accepted (2xx) requests are reads, or changes to existing rows that "
                + "happened to be valid (after one, the suite waits for the database to be quiet again). A request "
                + "the server does not answer at all fails the scenario.");
        violations.stream().limit(15).forEach(v -> report.note("- " + v));
        return new Outcome(counts, violations);
    }

    private static String shorten(String text) {
        return text.length() > 140 ? text.substring(0, 140) + "…" : text;
    }
}
