package com.viraltracker.observability;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every query in the Grafana dashboards (each panel's targets, rows' nested panels included) and in the Prometheus
 * rule files. A target that is neither PromQL ({@code expr}) nor SQL ({@code rawSql}) is an error: the check must
 * not skip a query it does not understand.
 */
public final class QueryCatalog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GrafanaVariables variables;

    public QueryCatalog(GrafanaVariables variables) {
        this.variables = variables;
    }

    /** The queries of every {@code *.json} dashboard in the directory, in file order. */
    public List<PanelQuery> dashboards(Path directory) throws IOException {
        List<PanelQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                queries.addAll(dashboard(file));
            }
        }
        return queries;
    }

    public List<PanelQuery> dashboard(Path file) throws IOException {
        JsonNode dashboard = JSON.readTree(file.toFile());
        List<PanelQuery> queries = new ArrayList<>();
        collectPanels(file.getFileName().toString(), dashboard.path("panels"), queries);
        return queries;
    }

    private void collectPanels(String fileName, JsonNode panels, List<PanelQuery> queries) {
        for (JsonNode panel : panels) {
            collectPanels(fileName, panel.path("panels"), queries);
            for (JsonNode target : panel.path("targets")) {
                String source = fileName + " / \"" + panel.path("title").asString("") + "\" / "
                        + target.path("refId").asString("?");
                if (target.hasNonNull("expr")) {
                    String expr = target.get("expr").asString();
                    queries.add(new PanelQuery(source, QueryLanguage.PROMQL, expr, variables.promQl(expr)));
                } else if (target.hasNonNull("rawSql")) {
                    String sql = target.get("rawSql").asString();
                    queries.add(new PanelQuery(source, QueryLanguage.SQL, sql, variables.sql(sql)));
                } else {
                    throw new IllegalStateException(source + ": a target with neither expr nor rawSql: " + target);
                }
            }
        }
    }

    /** The expressions of a Prometheus rule file; an alert's is cut to the left-hand side of its condition. */
    @SuppressWarnings("unchecked")
    public List<PanelQuery> rules(Path file) throws IOException {
        Map<String, Object> root;
        try (Reader reader = Files.newBufferedReader(file)) {
            root = new Yaml().load(reader);
        }
        List<PanelQuery> queries = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) root.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                String expr = String.valueOf(rule.get("expr")).strip();
                boolean alert = rule.containsKey("alert");
                String name = String.valueOf(alert ? rule.get("alert") : rule.get("record"));
                queries.add(new PanelQuery(
                        file.getFileName() + " / " + group.get("name") + " / " + name,
                        QueryLanguage.PROMQL,
                        expr,
                        alert ? AlertCondition.leftHandSide(expr) : expr));
            }
        }
        return queries;
    }
}
