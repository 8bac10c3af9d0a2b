# Sourced by ./stack up (see start_optional_components there): Prometheus with our scrape config and alert rules,
# when Debian's `prometheus` is installed (apt-get install prometheus). Grafana has no Debian package; it runs from
# infra/observability/docker-compose.yml where Docker exists, against this Prometheus.
PROMETHEUS_PORT=${PROMETHEUS_PORT:-9090}
if command -v prometheus > /dev/null 2>&1; then
  if answers 127.0.0.1 "$PROMETHEUS_PORT" && ! running prometheus; then
    # Something else (the Debian package's own service, say) has the port: show it, do not start a second one.
    external_component prometheus "http:http://localhost:$PROMETHEUS_PORT/-/ready" \
      "http://localhost:$PROMETHEUS_PORT (already running, not started by the stack)"
  else
    mkdir -p "$STACK_DIR/prometheus"
    start_component prometheus "http:http://localhost:$PROMETHEUS_PORT/-/ready" \
      "http://localhost:$PROMETHEUS_PORT (rules: infra/observability/prometheus/alerts.yml)" \
      prometheus --config.file="$ROOT/infra/observability/prometheus/prometheus.yml" \
        --storage.tsdb.path="$STACK_DIR/prometheus" --storage.tsdb.retention.time=7d \
        --web.listen-address="127.0.0.1:$PROMETHEUS_PORT"
  fi
fi
