package com.viraltracker.graphsim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for Meta's Graph API, faithful to what the facebook-java-business-sdk and a correct sync depend
 * on: ad accounts, ad-level daily insights with cursor paging, async report runs, usage headers, Graph error
 * bodies and switchable faults. Start it in-process with {@link #start(SimulatorConfig)}, or standalone with
 * {@link GraphSimulatorMain}; everything the Java API does is also available under {@code /_admin}.
 */
public final class GraphSimulator implements AutoCloseable {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final SimulatorConfig config;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, AccountState> accounts = new ConcurrentHashMap<>();
    private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();
    private final AtomicLong callCount = new AtomicLong();
    /** How far the simulated time runs ahead of the configured clock ({@link #advanceClock(Duration)}). */
    /** Meta's usage headers count the calls of the last hour; an hour later earlier calls no longer count. */
    private static final Duration USAGE_WINDOW = Duration.ofHours(1);

    private final AtomicReference<Duration> clockOffset = new AtomicReference<>(Duration.ZERO);

    private final GraphApi graph = new GraphApi(this);
    private final AdminApi admin = new AdminApi(this);
    private final FacebookLogin login = new FacebookLogin(this::now);
    private final LoginApi loginApi = new LoginApi(this, login);

    /** One Graph API call as the simulator received it (the access token left out). */
    public record RecordedCall(String method, String path, Map<String, String> params, String accountId) {}

    private GraphSimulator(SimulatorConfig config) throws IOException {
        this.config = config;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", config.port()), 64);
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "graph-simulator");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static GraphSimulator start(SimulatorConfig config) {
        try {
            return new GraphSimulator(config);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the Graph API simulator on port " + config.port(), e);
        }
    }

    public static GraphSimulator start() {
        return start(SimulatorConfig.defaults());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The endpoint base to give the SDK, such as {@code http://127.0.0.1:8090}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public SimulatorConfig config() {
        return config;
    }

    /**
     * Adds or replaces an account. Only accounts added here (or with {@code PUT /_admin/accounts/{id}}) exist: the
     * Graph API answers for any other id as Meta does for an object that does not exist (100/33).
     */
    public GraphSimulator account(AccountSpec spec) {
        accounts.compute(spec.id(), (id, existing) -> {
            if (existing == null) {
                return new AccountState(spec);
            }
            existing.spec(spec);
            return existing;
        });
        return this;
    }

    /**
     * The account's current configuration ({@code act_} prefix optional); for an id never added, the defaults it
     * would get ({@link AccountSpec#of(String)}), without adding it.
     */
    public AccountSpec account(String id) {
        AccountState state = accounts.get(AccountSpec.stripPrefix(id));
        return state != null ? state.spec() : AccountSpec.of(id);
    }

    /** Whether the account was added, so that the Graph API answers for it. */
    public boolean knows(String accountId) {
        return accounts.containsKey(AccountSpec.stripPrefix(accountId));
    }

    /** Meta restated the account's recent days: every day inside the 28-day window gets new values. */
    public void restate(String accountId) {
        registered(accountId).restate();
    }

    public void injectFault(String accountId, Fault fault) {
        registered(accountId).addFault(fault);
    }

    public void clearFaults(String accountId) {
        registered(accountId).clearFaults();
    }

    /**
     * From now on the account answers only requests made with {@code token}; any other token gets error 190, as a
     * token Meta cannot parse does.
     */
    public void requireAccessToken(String accountId, String token) {
        registered(accountId).requireAccessToken(token);
    }

    /**
     * Whether the token's user may read the account. Without permission the account exists but every call answers
     * as Meta does for an ad account whose owner has not granted ads_read: HTTP 403, error 200.
     */
    public void permission(String accountId, boolean granted) {
        registered(accountId).permission(granted);
    }

    /** Sets the account's usage headers to start from {@code percent} (and restarts their call count). */
    public void usage(String accountId, double percent) {
        registered(accountId).usage(percent);
    }

    /**
     * How much each call raises this account's usage headers, instead of the configured
     * {@link SimulatorConfig#usagePercentPerCall()}: Meta's hourly quota of an account grows with its active ads,
     * so a large account's call costs a smaller share of it.
     */
    public void usagePerCall(String accountId, double percent) {
        if (percent < 0) {
            throw new IllegalArgumentException("a call cannot lower usage: " + percent);
        }
        registered(accountId).usagePerCall(percent);
    }

    /** Today in the account's time zone, by the simulator's clock. */
    public LocalDate today(String accountId) {
        return today(account(accountId));
    }

    /**
     * Moves the simulated time of every account forward (or back, for a negative amount): days pass for Meta's
     * attribution as they do in a month of daily syncs, in no time. {@link #clock()} moves with it. A move of an
     * hour or more also lets the usage headers fall back to where {@link #usage(String, double)} set them.
     */
    public void advanceClock(Duration amount) {
        clockOffset.accumulateAndGet(amount, Duration::plus);
        if (amount.compareTo(USAGE_WINDOW) >= 0) {
            accounts.values().forEach(AccountState::forgetUsageCalls);
        }
    }

    /** Back to the configured clock. */
    public void resetClock() {
        clockOffset.set(Duration.ZERO);
    }

    /** The simulated time as a {@link Clock} (UTC), for a service under test that must share the simulator's days. */
    public Clock clock() {
        return new SimulatedClock(ZoneOffset.UTC);
    }

    /** What the account's insights hold right now for these days: one row per ad per day, by date then ad. */
    public List<InsightRow> groundTruth(String accountId, LocalDate since, LocalDate until) {
        return rows(registered(accountId), since, until);
    }

    /**
     * What the account's insights held for these days when its "today" was {@code asOf} (or will hold then): the
     * days of its history up to that day, each as attributed by then.
     */
    public List<InsightRow> groundTruth(String accountId, LocalDate since, LocalDate until, LocalDate asOf) {
        AccountState account = registered(accountId);
        return rows(account.spec(), since, until, asOf, day -> asOf, account.restatements());
    }

    /**
     * These days' final numbers, once Meta's restatement window has closed on each (it may still be open on the
     * newest): the same days {@link #groundTruth(String, LocalDate, LocalDate)} answers for.
     */
    public List<InsightRow> finalTruth(String accountId, LocalDate since, LocalDate until) {
        AccountSpec spec = registered(accountId).spec();
        return rows(spec, since, until, today(spec), day -> day.plusDays(InsightsGenerator.RESTATEMENT_WINDOW_DAYS), 0);
    }

    // ---- Facebook Login

    /** A tokens issued by Facebook Login, as a test sees it. */
    public record IssuedToken(String value, String appId, String userId, boolean longLived, Instant expiresAt) {}

    /** Adds or replaces a Meta app that may use Facebook Login. */
    public GraphSimulator app(FacebookApp app) {
        login.app(app);
        return this;
    }

    /** Adds a Facebook user; the first one added is signed in to the dialog. */
    public GraphSimulator facebookUser(FacebookUser user) {
        login.user(user);
        return this;
    }

    /** The user the OAuth dialog shows as signed in. */
    public void signIn(String userId) {
        login.signIn(userId);
    }

    /** The user's tokens, newest first. */
    public List<IssuedToken> tokensOf(String userId) {
        return login.tokensOf(userId).stream()
                .map(token -> new IssuedToken(
                        token.value(), token.appId(), token.userId(), token.longLived(), token.expiresAt()))
                .toList();
    }

    /** Every token of the user expires now (error 190/463 from then on). */
    public void expireTokensOf(String userId) {
        login.expireTokensOf(userId);
    }

    /** The user's sessions end, as when they change their password (error 190/460). */
    public void invalidateSessions(String userId) {
        login.invalidateSessions(userId);
    }

    /** The user removed the app (error 190/458), as {@code DELETE /{user-id}/permissions} does. */
    public void revokePermissions(String appId, String userId) {
        login.revokePermissions(appId, userId);
    }

    /** Graph API calls received so far (admin calls not counted). */
    public long callCount() {
        return callCount.get();
    }

    /** Calls the account answered (0 for an id never added: those are answered as not existing, uncounted). */
    public long callCount(String accountId) {
        AccountState state = accounts.get(AccountSpec.stripPrefix(accountId));
        return state == null ? 0 : state.calls();
    }

    public List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    public List<RecordedCall> calls(String accountId) {
        String id = AccountSpec.stripPrefix(accountId);
        return calls.stream().filter(call -> id.equals(call.accountId())).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- shared with the endpoint classes

    /** The account a Graph request names; one never added does not exist, as Meta answers for it. */
    AccountState known(String id) {
        AccountState state = accounts.get(id);
        if (state == null) {
            throw GraphApi.doesNotExist("act_" + id);
        }
        return state;
    }

    /** The account a test configures; configuring one that was never added is a mistake in the test. */
    private AccountState registered(String accountId) {
        String id = AccountSpec.stripPrefix(accountId);
        AccountState state = accounts.get(id);
        if (state == null) {
            throw new IllegalArgumentException("ad account act_" + id + " was never added to the simulator (account("
                    + "AccountSpec.of(\"" + id + "\")) or PUT /_admin/accounts/" + id + "); until it is, the Graph API"
                    + " answers for it as Meta does for an account that does not exist");
        }
        return state;
    }

    LocalDate today(AccountSpec spec) {
        return LocalDate.ofInstant(now(), spec.timeZone());
    }

    Instant now() {
        return config.clock().instant().plus(clockOffset.get());
    }

    /** The days of [since, until] on which the account's ads have data: within its history, not in the future. */
    private static Optional<LocalDate[]> dataDays(AccountSpec spec, LocalDate since, LocalDate until, LocalDate today) {
        LocalDate first = today.minusDays(spec.historyDays() - 1L);
        LocalDate from = since.isBefore(first) ? first : since;
        LocalDate to = until.isAfter(today) ? today : until;
        return spec.historyDays() == 0 || to.isBefore(from)
                ? Optional.empty()
                : Optional.of(new LocalDate[] {from, to});
    }

    long rowCount(AccountSpec spec, LocalDate since, LocalDate until) {
        return rowCount(spec, null, since, until);
    }

    /** @param campaigns the campaign ids a request filters on, or null for all of the account's */
    long rowCount(AccountSpec spec, Set<String> campaigns, LocalDate since, LocalDate until) {
        long ads = ads(spec, campaigns).size();
        return dataDays(spec, since, until, today(spec))
                .map(days -> (days[1].toEpochDay() - days[0].toEpochDay() + 1) * ads)
                .orElse(0L);
    }

    /** The account's ads, or those of the given campaigns. */
    static List<Ad> ads(AccountSpec spec, Set<String> campaigns) {
        List<Ad> all = Ad.of(spec);
        return campaigns == null
                ? all
                : all.stream().filter(ad -> campaigns.contains(ad.campaignId())).toList();
    }

    /** The account's campaigns that have data on any day of [since, until], as {campaign id, name}. */
    List<Ad> campaignsWithData(AccountSpec spec, LocalDate since, LocalDate until) {
        if (dataDays(spec, since, until, today(spec)).isEmpty()) {
            return List.of();
        }
        Map<String, Ad> first = new java.util.LinkedHashMap<>();
        Ad.of(spec).forEach(ad -> first.putIfAbsent(ad.campaignId(), ad));
        return List.copyOf(first.values());
    }

    /**
     * Rows {@code from} (inclusive) to {@code to} (exclusive) of {@link #rows(AccountState, LocalDate, LocalDate)},
     * generated alone: a page costs its own rows, not the whole range's (a 90-day sync of 1,000 ads is 180 pages).
     */
    List<InsightRow> rows(
            AccountState account, Set<String> campaigns, LocalDate since, LocalDate until, int from, int to) {
        AccountSpec spec = account.spec();
        int restatements = account.restatements();
        LocalDate today = today(spec);
        List<InsightRow> rows = new ArrayList<>(Math.max(0, to - from));
        dataDays(spec, since, until, today).ifPresent(days -> {
            List<Ad> ads = ads(spec, campaigns);
            for (int index = from; index < to; index++) {
                LocalDate day = days[0].plusDays(index / ads.size());
                rows.add(InsightsGenerator.row(spec, ads.get(index % ads.size()), day, today, restatements));
            }
        });
        return rows;
    }

    List<InsightRow> rows(AccountState account, LocalDate since, LocalDate until) {
        AccountSpec spec = account.spec();
        LocalDate today = today(spec);
        return rows(spec, since, until, today, day -> today, account.restatements());
    }

    /**
     * The rows of the days of [since, until] the account had data on when its "today" was {@code today}, each day
     * as attributed on the day {@code seenOn} gives for it.
     */
    private static List<InsightRow> rows(
            AccountSpec spec,
            LocalDate since,
            LocalDate until,
            LocalDate today,
            UnaryOperator<LocalDate> seenOn,
            int restatements) {
        List<InsightRow> rows = new ArrayList<>();
        dataDays(spec, since, until, today).ifPresent(days -> {
            List<Ad> ads = Ad.of(spec);
            for (LocalDate day = days[0]; !day.isAfter(days[1]); day = day.plusDays(1)) {
                for (Ad ad : ads) {
                    rows.add(InsightsGenerator.row(spec, ad, day, seenOn.apply(day), restatements));
                }
            }
        });
        return rows;
    }

    /** The simulator's time, offset and all, in a zone of the caller's choosing. */
    private final class SimulatedClock extends Clock {
        private final ZoneId zone;

        SimulatedClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId value) {
            return new SimulatedClock(value);
        }

        @Override
        public Instant instant() {
            return now();
        }
    }

    // ---- HTTP

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            GraphRequest request = GraphRequest.read(exchange);
            if (request.path().startsWith("/_admin")) {
                admin.handle(request, exchange);
                return;
            }
            if (LoginApi.handles(request)) {
                callCount.incrementAndGet();
                record(request, null);
                loginApi.handle(request, exchange);
                return;
            }
            serveGraph(request, exchange);
        } catch (RuntimeException e) {
            write(
                    exchange,
                    500,
                    Map.of(
                            "error",
                            Map.of(
                                    "message",
                                    "simulator bug: " + e,
                                    "type",
                                    "SimulatorError",
                                    "code",
                                    1,
                                    "is_transient",
                                    false,
                                    "fbtrace_id",
                                    "sim")),
                    Map.of());
        }
    }

    private void serveGraph(GraphRequest request, HttpExchange exchange) throws IOException {
        callCount.incrementAndGet();
        GraphApi.Target target;
        try {
            target = graph.route(request);
        } catch (GraphError error) {
            record(request, null);
            write(exchange, error.httpStatus, error.body, Map.of());
            return;
        }
        record(request, target.accountId());
        AccountState account = target.account();
        String accessToken = request.param("access_token");
        if (login.isLoginToken(accessToken)) {
            Optional<GraphError> refused = loginRefusal(accessToken, target.accountId());
            if (refused.isPresent()) {
                write(exchange, refused.get().httpStatus, refused.get().body, Map.of());
                return;
            }
        } else if (!account.accepts(accessToken)) {
            // Meta's answer to a token that is not the one this account was connected with.
            GraphError error = GraphError.of(
                    400, 190, null, "OAuthException", "Invalid OAuth access token - Cannot parse access token", false);
            write(exchange, error.httpStatus, error.body, Map.of());
            return;
        }
        if (!account.permitted()) {
            GraphError error = GraphApi.permissionNotGranted();
            write(exchange, error.httpStatus, error.body, Map.of());
            return;
        }
        Optional<Fault> fault = account.onCall(target.endpoint());
        Map<String, String> usage =
                UsageHeaders.of(target.accountId(), account.usagePercent(config.usagePercentPerCall()));
        try {
            if (fault.isPresent()) {
                pause(fault.get().delay());
                if (fault.get().kind() == Fault.Kind.ERROR) {
                    throw GraphError.of(fault.get());
                }
                if (fault.get().kind() == Fault.Kind.ECHO_REQUEST) {
                    throw GraphError.invalidParameter("Invalid parameter in " + request.method() + " " + request.path()
                            + "?" + request.query() + " (parameters " + request.params() + ")");
                }
            }
            write(exchange, 200, graph.answer(request, target), usage);
        } catch (GraphError error) {
            write(exchange, error.httpStatus, error.body, usage);
        }
    }

    /**
     * Why a user's token from Facebook Login may not read the account, if it may not: it expired or was
     * invalidated (190), or its user did not grant the app this account for ads_read (200).
     */
    private Optional<GraphError> loginRefusal(String accessToken, String accountId) {
        FacebookLogin.Token token = login.token(accessToken).orElseThrow();
        Optional<GraphError> invalid = loginApi.tokenError(token);
        if (invalid.isPresent()) {
            return invalid;
        }
        boolean granted = token.scopes().stream().anyMatch(FacebookLogin.ACCOUNT_SCOPES::contains)
                && token.accountIds().contains(accountId);
        return granted ? Optional.empty() : Optional.of(GraphApi.permissionNotGranted());
    }

    FacebookLogin login() {
        return login;
    }

    private void record(GraphRequest request, String accountId) {
        Map<String, String> params = new java.util.LinkedHashMap<>(request.params());
        // Secrets and credentials are not kept: a test may print what the simulator recorded.
        List.of("access_token", "appsecret_proof", "client_secret", "code", "fb_exchange_token", "input_token")
                .forEach(params::remove);
        calls.add(new RecordedCall(request.method(), request.path(), Map.copyOf(params), accountId));
    }

    static void write(HttpExchange exchange, int status, Object body, Map<String, String> headers) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
