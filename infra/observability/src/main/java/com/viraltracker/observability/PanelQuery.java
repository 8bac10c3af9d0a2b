package com.viraltracker.observability;

/**
 * One query a dashboard panel or alert rule runs.
 *
 * @param source   where it was found, for a person: {@code run-status.json / "Outbox backlog" / A}
 * @param language PromQL or SQL
 * @param text     the query as written
 * @param runnable what the check runs: Grafana's variables replaced, an alert's condition cut to its left-hand side
 */
public record PanelQuery(String source, QueryLanguage language, String text, String runnable) {}
