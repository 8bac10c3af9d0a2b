package com.viraltracker.observability;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs every query of the dashboards and alert rules: PromQL through a live Prometheus's HTTP API, SQL against the
 * database. A query that errs or returns nothing fails the check; a dashboard query that returns nothing is worse
 * than no dashboard.
 *
 * <p>From the command line, against a running stack:
 * {@code java -cp ... com.viraltracker.observability.DashboardQueryChecker http://localhost:9090
 * jdbc:postgresql://127.0.0.1:5432/viraltracker postgres [password]} (run from the repository root).
 */
public class DashboardQueryChecker {
    private final ObservabilityFiles files;
    private final QueryCatalog catalog;

    /** @param window what Grafana's {@code $__rate_interval} and time filters stand for while checking */
    public DashboardQueryChecker(ObservabilityFiles files, Duration window) {
        this.files = files;
        this.catalog = new QueryCatalog(new GrafanaVariables(window));
    }

    /** Every query the dashboards and alert rules hold, PromQL and SQL. */
    public List<PanelQuery> queries() throws IOException {
        List<PanelQuery> queries = new ArrayList<>(catalog.dashboards(files.dashboards()));
        for (Path rules : files.ruleFiles()) {
            queries.addAll(catalog.rules(rules));
        }
        return queries;
    }

    /** Runs them all; never stops at the first failure, so one run shows everything that is wrong. */
    public CheckReport check(PrometheusApi prometheus, Supplier<Connection> database) throws IOException {
        List<QueryOutcome> outcomes = new ArrayList<>();
        for (PanelQuery query : queries()) {
            outcomes.add(query.language() == QueryLanguage.PROMQL ? promQl(prometheus, query) : sql(database, query));
        }
        return new CheckReport(outcomes);
    }

    private static QueryOutcome promQl(PrometheusApi prometheus, PanelQuery query) {
        try {
            PrometheusApi.Answer answer = prometheus.query(query.runnable());
            return new QueryOutcome(query, answer.series(), answer.error());
        } catch (IOException e) {
            return new QueryOutcome(query, 0, "Prometheus did not answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new QueryOutcome(query, 0, "interrupted");
        }
    }

    private static QueryOutcome sql(Supplier<Connection> database, PanelQuery query) {
        try (Connection connection = database.get();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query.runnable())) {
            int count = 0;
            while (rows.next()) {
                count++;
            }
            return new QueryOutcome(query, count, null);
        } catch (SQLException e) {
            return new QueryOutcome(query, 0, e.getMessage().strip());
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: DashboardQueryChecker <prometheus-url> <jdbc-url> <user> [password]");
            System.exit(2);
        }
        String password = args.length > 3 ? args[3] : "";
        CheckReport report = new DashboardQueryChecker(ObservabilityFiles.find(), Duration.ofMinutes(15))
                .check(new PrometheusApi(URI.create(args[0])), () -> {
                    try {
                        return DriverManager.getConnection(args[1], args[2], password);
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot reach the database at " + args[1], e);
                    }
                });
        System.out.println(report.describe());
        System.exit(report.passed() ? 0 : 1);
    }
}
