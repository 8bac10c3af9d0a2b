package com.viraltracker.graphsim;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** The Graph API endpoints: an ad account, its insights (sync and async) and async report runs. */
final class GraphApi {
    private static final Pattern VERSION = Pattern.compile("v\\d+\\.\\d+");
    /** Meta keeps 37 months of insights and rejects older start dates with error 3018. */
    static final int RETENTION_MONTHS = 37;

    private final GraphSimulator simulator;
    private final Map<String, ReportRun> reportRuns = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicLong reportRunIds = new AtomicLong(6_120_000_000_000L);

    GraphApi(GraphSimulator simulator) {
        this.simulator = simulator;
    }

    /** The account a request is about, so its faults and usage apply; null when the path names none. */
    record Target(Fault.Endpoint endpoint, AccountState account, String accountId, ReportRun run) {}

    Target route(GraphRequest request) {
        List<String> segments = request.segments();
        if (segments.size() < 2
                || segments.size() > 3
                || !VERSION.matcher(segments.get(0)).matches()) {
            throw GraphError.of(400, 2500, null, "OAuthException", "Unknown path components: " + request.path(), false);
        }
        String node = segments.get(1);
        String edge = segments.size() == 3 ? segments.get(2) : null;
        if (node.startsWith("act_")) {
            AccountState account = simulator.known(node.substring(4));
            if (edge == null && request.method().equals("GET")) {
                return new Target(Fault.Endpoint.ACCOUNT, account, node.substring(4), null);
            }
            if ("insights".equals(edge)) {
                return new Target(
                        request.method().equals("POST") ? Fault.Endpoint.INSIGHTS_ASYNC : Fault.Endpoint.INSIGHTS,
                        account,
                        node.substring(4),
                        null);
            }
        } else if (reportRuns.containsKey(node) && request.method().equals("GET")) {
            ReportRun run = reportRuns.get(node);
            AccountState account = simulator.known(run.accountId);
            if (edge == null) {
                return new Target(Fault.Endpoint.REPORT_STATUS, account, run.accountId, run);
            }
            if ("insights".equals(edge)) {
                return new Target(Fault.Endpoint.REPORT_INSIGHTS, account, run.accountId, run);
            }
        }
        throw doesNotExist(node);
    }

    /** Meta's answer for an id it does not know (or will not admit knowing): no is_transient in it. */
    static GraphError doesNotExist(String node) {
        return GraphError.of(
                400,
                100,
                33,
                "GraphMethodException",
                "Unsupported get request. Object with ID '"
                        + node + "' does not exist, cannot be loaded due to missing permissions, or does not support "
                        + "this operation. Please read the Graph API documentation at "
                        + "https://developers.facebook.com/docs/graph-api",
                null);
    }

    /** Meta's answer for an ad account that exists but whose owner has not let the token's user read it. */
    static GraphError permissionNotGranted() {
        return GraphError.of(
                403,
                200,
                null,
                "OAuthException",
                "(#200) Ad account owner has NOT grant ads_management or ads_read permission",
                null);
    }

    Map<String, Object> answer(GraphRequest request, Target target) {
        if (request.param("access_token") == null) {
            throw GraphError.of(
                    400, 104, null, "OAuthException", "An access token is required to request this resource.", false);
        }
        AccountSpec spec = target.account().spec();
        return switch (target.endpoint()) {
            case ACCOUNT -> account(spec);
            case INSIGHTS -> insights(request, target.account(), spec);
            case INSIGHTS_ASYNC -> createReportRun(request, target.account(), spec);
            case REPORT_STATUS -> reportStatus(target.run());
            case REPORT_INSIGHTS -> reportInsights(request, target.run(), target.account(), spec);
        };
    }

    private static Map<String, Object> account(AccountSpec spec) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", spec.actId());
        answer.put("account_id", spec.id());
        answer.put("name", spec.name());
        answer.put("currency", spec.currency());
        answer.put("timezone_name", spec.timeZone().getId());
        answer.put("account_status", spec.accountStatus());
        return answer;
    }

    private Map<String, Object> insights(GraphRequest request, AccountState account, AccountSpec spec) {
        Query query = query(request, spec);
        if (query.campaignLevel()) {
            return Paging.page(campaignRows(spec, query), request);
        }
        long rows = simulator.rowCount(spec, query.campaigns(), query.since(), query.until());
        if (rows > spec.reduceDataAbove()) {
            throw GraphError.of(Fault.reduceData());
        }
        if (rows > spec.syncRowLimit()) {
            throw GraphError.of(Fault.tooManyRows());
        }
        return Paging.page(json(account, spec, query), request);
    }

    private Map<String, Object> createReportRun(GraphRequest request, AccountState account, AccountSpec spec) {
        Query query = query(request, spec);
        if (query.campaignLevel()) {
            throw GraphError.invalidParameter("The simulator serves level=campaign synchronously only");
        }
        String id = Long.toString(reportRunIds.incrementAndGet());
        boolean tooLarge =
                simulator.rowCount(spec, query.campaigns(), query.since(), query.until()) > spec.asyncRowLimit();
        reportRuns.put(id, new ReportRun(id, spec.id(), query, account.asyncJobsFail() || tooLarge));
        return Map.of("report_run_id", id);
    }

    /** level=campaign without time_increment: one row per campaign with data in the range (its id and name). */
    private Paging.Rows campaignRows(AccountSpec spec, Query query) {
        List<Ad> campaigns = simulator.campaignsWithData(spec, query.since(), query.until()).stream()
                .filter(ad -> query.campaigns() == null || query.campaigns().contains(ad.campaignId()))
                .toList();
        return new Paging.Rows(campaigns.size(), (from, to) -> {
            List<Map<String, Object>> rows = new ArrayList<>(to - from);
            for (Ad campaign : campaigns.subList(from, to)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("campaign_id", campaign.campaignId());
                row.put("campaign_name", campaign.campaignName());
                row.put("date_start", query.since().toString());
                row.put("date_stop", query.until().toString());
                rows.add(row);
            }
            return rows;
        });
    }

    private Map<String, Object> reportStatus(ReportRun run) {
        ReportRun.Status status = run.poll(simulator.config().pollsUntilComplete());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", run.id);
        answer.put("account_id", run.accountId);
        answer.put("async_status", status.asyncStatus());
        answer.put("async_percent_completion", status.percent());
        answer.put("date_start", run.since.toString());
        answer.put("date_stop", run.until.toString());
        answer.put("time_ref", simulator.now().getEpochSecond());
        return answer;
    }

    private Map<String, Object> reportInsights(
            GraphRequest request, ReportRun run, AccountState account, AccountSpec spec) {
        if (!run.completed(simulator.config().pollsUntilComplete())) {
            throw GraphError.of(
                    400,
                    100,
                    1487749,
                    "OAuthException",
                    "(#100) Report " + run.id + " is not ready yet; poll until async_status is Job Completed",
                    false);
        }
        return Paging.page(json(account, spec, run.query), request);
    }

    private Paging.Rows json(AccountState account, AccountSpec spec, Query query) {
        int total = Math.toIntExact(simulator.rowCount(spec, query.campaigns(), query.since(), query.until()));
        return new Paging.Rows(total, (from, to) -> {
            List<Map<String, Object>> rows = new ArrayList<>(to - from);
            for (InsightRow row : simulator.rows(account, query.campaigns(), query.since(), query.until(), from, to)) {
                rows.add(InsightsJson.write(row, spec, query.fields()));
            }
            return rows;
        });
    }

    /**
     * An insights request as the simulator understands it.
     *
     * @param campaigns     the campaign ids of a {@code filtering} on {@code campaign.id}, or null for all
     * @param campaignLevel {@code level=campaign}: which campaigns have data in the range, not daily ad rows
     */
    record Query(LocalDate since, LocalDate until, Set<String> fields, Set<String> campaigns, boolean campaignLevel) {}

    private Query query(GraphRequest request, AccountSpec spec) {
        String level = request.param("level");
        boolean campaignLevel = "campaign".equals(level);
        if (level != null && !level.equals("ad") && !campaignLevel) {
            throw GraphError.invalidParameter("The simulator serves level=ad and level=campaign only, not " + level);
        }
        String increment = request.param("time_increment");
        if (campaignLevel ? increment != null : increment != null && !increment.equals("1")) {
            throw GraphError.invalidParameter(
                    "The simulator serves time_increment=1 at level=ad, and none at level=campaign");
        }
        String range = request.param("time_range");
        if (range == null) {
            throw GraphError.invalidParameter("time_range is required by the simulator ({\"since\",\"until\"})");
        }
        LocalDate since;
        LocalDate until;
        try {
            JsonNode node = GraphSimulator.JSON.readTree(range);
            since = LocalDate.parse(node.path("since").asString());
            until = LocalDate.parse(node.path("until").asString());
        } catch (JacksonException | DateTimeParseException e) {
            throw GraphError.invalidParameter("Param time_range must be a JSON object with since and until dates");
        }
        if (until.isBefore(since)) {
            throw GraphError.invalidParameter("time_range: since must not be after until");
        }
        LocalDate today = simulator.today(spec);
        if (since.isBefore(today.minusMonths(RETENTION_MONTHS))) {
            throw GraphError.of(
                    400,
                    3018,
                    null,
                    "OAuthException",
                    "The start date of the time range cannot be " + "beyond 37 months from the current date",
                    false);
        }
        Set<String> fields = new LinkedHashSet<>();
        String requested = request.param("fields");
        if (requested != null) {
            Arrays.stream(requested.split(","))
                    .map(String::trim)
                    .filter(f -> !f.isEmpty())
                    .forEach(fields::add);
        }
        if (campaignLevel && !Set.of("campaign_id", "campaign_name").containsAll(fields)) {
            throw GraphError.invalidParameter("The simulator serves campaign_id and campaign_name at level=campaign");
        }
        return new Query(since, until, fields, campaignFilter(request.param("filtering")), campaignLevel);
    }

    /**
     * The campaign ids of {@code filtering=[{"field":"campaign.id","operator":"IN","value":[...]}]}, or null when
     * the request does not filter; any other filter is refused rather than silently ignored.
     */
    private static Set<String> campaignFilter(String filtering) {
        if (filtering == null || filtering.isBlank()) {
            return null;
        }
        Set<String> campaigns = null;
        try {
            JsonNode filters = GraphSimulator.JSON.readTree(filtering);
            if (!filters.isArray()) {
                throw GraphError.invalidParameter("Param filtering must be an array of filter objects");
            }
            for (JsonNode filter : filters) {
                String field = filter.path("field").asString("");
                String operator = filter.path("operator").asString("");
                if (!field.equals("campaign.id") || !(operator.equals("IN") || operator.equals("EQUAL"))) {
                    throw GraphError.invalidParameter("The simulator filters on campaign.id with IN or EQUAL only, not "
                            + field + " " + operator);
                }
                Set<String> ids = new LinkedHashSet<>();
                JsonNode value = filter.path("value");
                if (value.isArray()) {
                    value.forEach(id -> ids.add(id.asString()));
                } else {
                    ids.add(value.asString());
                }
                if (campaigns != null) {
                    ids.retainAll(campaigns);
                }
                campaigns = ids;
            }
        } catch (JacksonException e) {
            throw GraphError.invalidParameter("Param filtering must be valid JSON");
        }
        return campaigns;
    }
}
