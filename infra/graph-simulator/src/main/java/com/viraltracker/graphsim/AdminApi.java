package com.viraltracker.graphsim;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The Java test API over HTTP, for the local stack and for people poking at it with curl:
 * <pre>
 * GET    /_admin/calls                               {"total": n, "by_account": {...}}
 * POST   /_admin/clock                               {"advance_days": 1}: every account's "today" moves on
 *                                                    (and with it the attribution of recent days' purchases)
 * DELETE /_admin/clock                               back to the real clock
 * GET    /_admin/accounts/{id}                       the account's configuration (404 when it was never added)
 * PUT    /_admin/accounts/{id}                       adds the account, or changes it: {"name","currency",
 *                                                    "time_zone","account_status","campaigns",
 *                                                    "ad_sets_per_campaign","ads_per_ad_set","history_days",
 *                                                    "sync_row_limit"} (any subset; the rest keep their defaults)
 * POST   /_admin/accounts/{id}/faults                {"fault": "user_rate_limit", "times": 3, "scope": "insights",
 *                                                    "delay_ms": 0}; "fault": "slow" needs delay_ms
 * DELETE /_admin/accounts/{id}/faults
 * POST   /_admin/accounts/{id}/restate
 * PUT    /_admin/accounts/{id}/usage                 {"percent": 90}
 * PUT    /_admin/accounts/{id}/permission            {"granted": false}: calls answer (#200), as for an account
 *                                                    whose owner has not granted the token's user ads_read
 * </pre>
 * Every call but PUT on an account that was never added is a 400: the Graph API answers for such an account as
 * Meta does for one that does not exist.
 * <pre>
 * GET    /_admin/accounts/{id}/ground-truth?since=YYYY-MM-DD&amp;until=YYYY-MM-DD[&amp;as_of=YYYY-MM-DD|&amp;final=true]
 * </pre>
 * {@code as_of}: the numbers as they were (or will be) on that day; {@code final}: once the restatement window
 * has closed on each day. Facebook Login's apps, users and tokens are under {@code /_admin/login} ({@link
 * LoginAdmin}).
 */
final class AdminApi {
    private final GraphSimulator simulator;

    AdminApi(GraphSimulator simulator) {
        this.simulator = simulator;
    }

    void handle(GraphRequest request, HttpExchange exchange) throws IOException {
        try {
            Object answer = answer(request);
            GraphSimulator.write(exchange, 200, answer, Map.of());
        } catch (IllegalArgumentException | JacksonException | java.time.DateTimeException e) {
            GraphSimulator.write(exchange, 400, Map.of("error", String.valueOf(e.getMessage())), Map.of());
        } catch (GraphError e) {
            GraphSimulator.write(exchange, 404, e.body, Map.of());
        }
    }

    private Object answer(GraphRequest request) {
        List<String> segments = request.segments();
        String method = request.method();
        if (segments.size() == 2 && segments.get(1).equals("calls") && method.equals("GET")) {
            return Map.of(
                    "total", simulator.callCount(), "calls", simulator.calls().size());
        }
        if (segments.size() == 2 && segments.get(1).equals("clock")) {
            return clock(method, request);
        }
        if (segments.size() >= 3 && segments.get(1).equals("login")) {
            return LoginAdmin.answer(simulator, request, segments.subList(2, segments.size()), body(request));
        }
        if (segments.size() < 3 || !segments.get(1).equals("accounts")) {
            throw new IllegalArgumentException("unknown admin path " + request.path());
        }
        String id = AccountSpec.stripPrefix(segments.get(2));
        String action = segments.size() > 3 ? segments.get(3) : "";
        switch (method + " " + action) {
            case "GET " -> {
                if (!simulator.knows(id)) {
                    throw GraphApi.doesNotExist("act_" + id);
                }
                return describe(simulator.account(id));
            }
            case "PUT " -> {
                simulator.account(merge(simulator.account(id), body(request)));
                return describe(simulator.account(id));
            }
            case "POST faults" -> {
                simulator.injectFault(id, fault(body(request)));
                return Map.of("ok", true);
            }
            case "DELETE faults" -> {
                simulator.clearFaults(id);
                return Map.of("ok", true);
            }
            case "POST restate" -> {
                simulator.restate(id);
                return Map.of("ok", true);
            }
            case "PUT permission" -> {
                simulator.permission(id, body(request).path("granted").asBoolean(true));
                return Map.of("ok", true);
            }
            case "PUT usage" -> {
                simulator.usage(id, body(request).path("percent").asDouble());
                return Map.of("ok", true);
            }
            case "GET ground-truth" -> {
                LocalDate since = LocalDate.parse(request.params().getOrDefault("since", ""));
                LocalDate until = LocalDate.parse(request.params().getOrDefault("until", ""));
                String asOf = request.params().get("as_of");
                List<InsightRow> rows = "true".equals(request.params().get("final"))
                        ? simulator.finalTruth(id, since, until)
                        : asOf != null
                                ? simulator.groundTruth(id, since, until, LocalDate.parse(asOf))
                                : simulator.groundTruth(id, since, until);
                return rows.stream().map(AdminApi::describe).toList();
            }
            default -> throw new IllegalArgumentException("unknown admin request " + method + " " + request.path());
        }
    }

    private Object clock(String method, GraphRequest request) {
        switch (method) {
            case "POST" ->
                simulator.advanceClock(
                        Duration.ofDays(body(request).path("advance_days").asLong(0)));
            case "DELETE" -> simulator.resetClock();
            default -> throw new IllegalArgumentException("unknown admin request " + method + " " + request.path());
        }
        return Map.of("now", simulator.now().toString());
    }

    private static JsonNode body(GraphRequest request) {
        return GraphSimulator.JSON.readTree(
                request.body() == null || request.body().isBlank() ? "{}" : request.body());
    }

    private static AccountSpec merge(AccountSpec spec, JsonNode body) {
        return new AccountSpec(
                spec.id(),
                body.path("name").asString(spec.name()),
                body.path("currency").asString(spec.currency()),
                ZoneId.of(body.path("time_zone").asString(spec.timeZone().getId())),
                body.path("account_status").asInt(spec.accountStatus()),
                body.path("campaigns").asInt(spec.campaigns()),
                body.path("ad_sets_per_campaign").asInt(spec.adSetsPerCampaign()),
                body.path("ads_per_ad_set").asInt(spec.adsPerAdSet()),
                body.path("history_days").asInt(spec.historyDays()),
                body.path("sync_row_limit").asInt(spec.syncRowLimit()),
                body.path("reduce_data_above").asInt(spec.reduceDataAbove()),
                body.path("async_row_limit").asInt(spec.asyncRowLimit()));
    }

    private static Fault fault(JsonNode body) {
        String name = body.path("fault").asString("");
        Duration delay = Duration.ofMillis(body.path("delay_ms").asLong(0));
        Fault fault =
                name.equals("slow") ? Fault.slow(delay) : Fault.preset(name).after(delay);
        if (body.has("times")) {
            fault = fault.times(body.path("times").asInt());
        }
        if (body.has("scope")) {
            fault = fault.on(Fault.Scope.valueOf(body.path("scope").asString().toUpperCase(Locale.ROOT)));
        }
        return fault;
    }

    private static Map<String, Object> describe(AccountSpec spec) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", spec.actId());
        out.put("name", spec.name());
        out.put("currency", spec.currency());
        out.put("time_zone", spec.timeZone().getId());
        out.put("account_status", spec.accountStatus());
        out.put("campaigns", spec.campaigns());
        out.put("ad_sets_per_campaign", spec.adSetsPerCampaign());
        out.put("ads_per_ad_set", spec.adsPerAdSet());
        out.put("history_days", spec.historyDays());
        out.put("sync_row_limit", spec.syncRowLimit());
        return out;
    }

    private static Map<String, Object> describe(InsightRow row) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ad_id", row.adId());
        out.put("date", row.date().toString());
        out.put("spend", row.spend().toPlainString());
        out.put("impressions", row.impressions());
        out.put("clicks", row.clicks());
        out.put("link_clicks", row.linkClicks());
        out.put("purchases", row.purchases());
        out.put("purchase_value", row.purchaseValue().toPlainString());
        out.put("add_to_carts", row.addToCarts());
        return out;
    }
}
