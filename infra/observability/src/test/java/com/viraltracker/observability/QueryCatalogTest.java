package com.viraltracker.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCatalogTest {
    private final QueryCatalog catalog = new QueryCatalog(new GrafanaVariables(Duration.ofMinutes(5)));

    @Test
    void finds_every_target_of_every_panel_nested_rows_included_with_grafana_variables_replaced(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("d.json"), """
                {"panels": [
                  {"title": "Rate", "targets": [{"refId": "A", "expr": "rate(x[$__rate_interval])"},
                                                {"refId": "B", "expr": "y"}]},
                  {"type": "row", "title": "Collapsed", "panels": [
                    {"title": "Table", "targets": [{"refId": "A", "rawSql": "SELECT 1 WHERE $__timeFilter(t)"}]}]}
                ]}""");

        List<PanelQuery> queries = catalog.dashboards(dir);

        assertThat(queries)
                .extracting(PanelQuery::source)
                .containsExactly("d.json / \"Rate\" / A", "d.json / \"Rate\" / B", "d.json / \"Table\" / A");
        assertThat(queries.get(0).runnable()).isEqualTo("rate(x[300s])");
        assertThat(queries.get(2).language()).isEqualTo(QueryLanguage.SQL);
        assertThat(queries.get(2).runnable())
                .isEqualTo("SELECT 1 WHERE t BETWEEN now() - interval '300 seconds' AND now()");
    }

    @Test
    void refuses_a_target_it_cannot_run_instead_of_skipping_it(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("d.json"), """
                {"panels": [{"title": "Loki", "targets": [{"refId": "A", "query": "{app=\\"x\\"}"}]}]}""");

        assertThatThrownBy(() -> catalog.dashboards(dir)).hasMessageContaining("\"Loki\" / A");
    }

    @Test
    void reads_alert_rules_as_the_left_hand_side_of_their_condition(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("alerts.yml");
        Files.writeString(rules, """
                groups:
                  - name: g
                    rules:
                      - alert: Old
                        expr: max(age_seconds) > 300
                      - record: job:rate5m
                        expr: sum(rate(x[5m]))
                """);

        assertThat(catalog.rules(rules))
                .extracting(PanelQuery::source, PanelQuery::runnable)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("alerts.yml / g / Old", "max(age_seconds)"),
                        org.assertj.core.groups.Tuple.tuple("alerts.yml / g / job:rate5m", "sum(rate(x[5m]))"));
    }

    @Test
    void the_committed_dashboards_hold_the_three_boards_and_both_query_languages() throws Exception {
        ObservabilityFiles files = ObservabilityFiles.find();
        List<PanelQuery> queries = new DashboardQueryChecker(files, Duration.ofMinutes(5)).queries();

        assertThat(queries)
                .extracting(query -> query.source().split(" / ")[0])
                .contains("run-status.json", "meta-sync.json", "scorecards-creatives.json", "alerts.yml");
        assertThat(queries)
                .anyMatch(query -> query.language() == QueryLanguage.SQL
                        && query.text().contains("FROM scheduler.scheduled_jobs")
                        && query.text().contains("last_run_status"));
        assertThat(queries).extracting(PanelQuery::runnable).noneMatch(runnable -> runnable.contains("$"));
    }
}
